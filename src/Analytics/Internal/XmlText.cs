using System.Text;
using System.Xml;

namespace Analytics.Internal;

/// <summary>
/// Text made writable into an Office file: XML 1.0 cannot hold most control characters (U+0000–U+001F other than tab,
/// line feed and carriage return), U+FFFE, U+FFFF or a lone surrogate, and the writers throw on them. A name read from
/// a file can carry one (a stray control character in a CSV cell); it is dropped, as Excel drops it on pasting.
/// </summary>
internal static class XmlText
{
    /// <summary><paramref name="text"/> without the characters XML cannot hold; the same instance when it has none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to write.</returns>
    internal static string Writable(string text)
    {
        Preconditions.CheckNotNull(text);
        var bad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!Valid(text, i, out var width))
            {
                bad = i;
                break;
            }

            i += width - 1;
        }

        if (bad < 0)
        {
            return text;
        }

        var b = new StringBuilder(text.Length).Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            if (Valid(text, i, out var width))
            {
                b.Append(text, i, width);
            }

            i += width - 1;
        }

        return b.ToString();
    }

    private static bool Valid(string text, int i, out int width)
    {
        if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
        {
            width = 2;
            return true;
        }

        width = 1;
        return XmlConvert.IsXmlChar(text[i]);
    }
}
