using SkiaSharp;

namespace Analytics.Charts;

/// <summary>
/// Finds an installed font that has the Vietnamese letters (ệ, ờ, ẩ, đ...), so that axis texts are never drawn as
/// boxes: the first of a few common families that has them, else any family the system matches for them.
/// </summary>
internal static class ChartFont
{
    private const string Probe = "ệờẩđƯứỹ";

    // Families with Vietnamese glyphs shipped by Debian (fonts-liberation2, fonts-dejavu-core, fonts-noto-core) or Windows.
    private static readonly string[] Candidates = ["Liberation Sans", "DejaVu Sans", "Noto Sans", "Arial", "Segoe UI", "Liberation Serif", "DejaVu Serif", "Times New Roman"];

    private static readonly Lazy<string> Found = new(Find);

    /// <summary>Gets the family's name.</summary>
    /// <exception cref="InvalidOperationException">No installed font has the Vietnamese letters; the message says what to install.</exception>
    internal static string Family => Found.Value;

    private static string Find()
    {
        foreach (var name in Candidates)
        {
            using var face = SKTypeface.FromFamilyName(name);
            if (face is not null && string.Equals(face.FamilyName, name, StringComparison.OrdinalIgnoreCase) && HasGlyphs(face))
            {
                return face.FamilyName;
            }
        }

        using var matched = SKFontManager.Default.MatchCharacter('ệ');
        if (matched is not null && HasGlyphs(matched))
        {
            return matched.FamilyName;
        }

        throw new InvalidOperationException(
            "No installed font has the Vietnamese letters the charts need (ệ, ờ, đ). Install one, e.g. on Debian or Ubuntu "
            + "'apt-get install fonts-liberation2 fonts-dejavu-core' (tools/install-prerequisites.sh does it), then run again.");
    }

    private static bool HasGlyphs(SKTypeface face)
    {
        using var font = new SKFont(face);
        return font.ContainsGlyphs(Probe);
    }
}
