using System.Globalization;
using System.Text;

namespace Analytics.Internal;

/// <summary>Text helpers for labels in Vietnamese tables.</summary>
internal static class VietnameseText
{
    /// <summary>
    /// Folds a text for matching: no diacritics, đ → d, lower case, one space between words. "Tổng trị giá" →
    /// "tong tri gia".
    /// </summary>
    public static string Fold(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        string d;
        try
        {
            d = s.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // A noncharacter (U+FFFE) or a lone surrogate cannot be normalised: folded as written, such a character is
            // no letter of any name and only keeps the text from matching one.
            d = s;
        }
        var sb = new StringBuilder(d.Length);
        var space = true;
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    sb.Append(' ');
                    space = true;
                }

                continue;
            }

            sb.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
            space = false;
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Only the letters and digits of <see cref="Fold"/>: "Cung cấp nước; hoạt động…" → "cungcapnuochoatdong…".</summary>
    public static string Letters(string? s)
    {
        var f = Fold(s);
        var sb = new StringBuilder(f.Length);
        foreach (var c in f)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A label as one name whatever the month's typing: NFC, trimmed, one space between words, and the old tone-mark
    /// placement on "oa", "oe", "uy" at the end of a word written the new way ("Hoá chất" → "Hóa chất", "Thuỷ sản" →
    /// "Thủy sản"), as the GSO's tables mix both.
    /// </summary>
    public static string Canonical(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return string.Empty;
        }

        var words = s.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = NewStyleTone(words[i]);
        }

        return string.Join(' ', words);
    }

    private static string NewStyleTone(string word)
    {
        // Find a final "o"/"u" + toned vowel ("oá", "uỷ") and move the tone to the first vowel ("óa", "ủy").
        var n = word.Length;
        var end = n;
        while (end > 0 && !char.IsLetter(word[end - 1]))
        {
            end--;
        }

        if (end < 2)
        {
            return word;
        }

        var first = word[end - 2];
        var second = word[end - 1];
        var decomposed = second.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2)
        {
            return word;
        }

        var baseVowel = char.ToLowerInvariant(decomposed[0]);
        var lowerFirst = char.ToLowerInvariant(first);
        var pair = (lowerFirst == 'o' && baseVowel is 'a' or 'e') || (lowerFirst == 'u' && baseVowel == 'y');
        if (!pair || (end >= 3 && word[end - 3] is 'q' or 'Q' or 'g' or 'G'))
        {
            return word;
        }

        var tone = decomposed[1..];
        var movedFirst = (first + tone).Normalize(NormalizationForm.FormC);
        return string.Concat(word.AsSpan(0, end - 2), movedFirst, decomposed[0].ToString(), word.AsSpan(end));
    }
}
