namespace Analytics.Io;

/// <summary>
/// The encoding a text input (CSV) is read in. UTF-8 is the format's own; Windows-1258 is read when asked for, as older
/// Vietnamese offices still save their files in it. TCVN3 (the .VnTime fonts) is not an encoding in this sense (its
/// letters are glyphs of a font, not characters): such a file must be converted to Unicode first.
/// </summary>
public enum TextEncoding
{
    /// <summary>UTF-8, strictly (a BOM allowed): a file that is not UTF-8 is refused, located.</summary>
    Utf8 = 0,

    /// <summary>Windows-1258 (Vietnamese), decoded and then NFC-normalised, since it writes many letters as a base letter and a combining tone mark.</summary>
    Windows1258 = 1,
}
