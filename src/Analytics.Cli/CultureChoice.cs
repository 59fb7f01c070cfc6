using System.Globalization;
using Analytics.Io;

namespace Analytics.Cli;

/// <summary>The value of <c>--culture</c>: the invariant culture, a named one, or <c>auto</c> (detected from the input file).</summary>
/// <param name="Culture">The culture, or null for <c>auto</c>.</param>
internal sealed record CultureChoice(CultureInfo? Culture)
{
    /// <summary>Gets the default, the invariant culture.</summary>
    internal static CultureChoice Invariant { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>Parses the text of <c>--culture</c>.</summary>
    /// <param name="text">invariant, auto, or a culture name such as vi-VN.</param>
    /// <param name="choice">The choice.</param>
    /// <returns>Whether the text names a culture.</returns>
    internal static bool TryParse(string text, out CultureChoice choice)
    {
        choice = Invariant;
        if (text.Equals("invariant", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            choice = new CultureChoice((CultureInfo?)null);
            return true;
        }

        try
        {
            choice = new CultureChoice(CultureInfo.GetCultureInfo(text, predefinedOnly: true));
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The culture to read <paramref name="input"/> with: the one chosen, or the one the file's numbers settle.</summary>
    /// <param name="input">The input file.</param>
    /// <returns>The culture.</returns>
    /// <exception cref="UsageException">auto, and the file does not settle it.</exception>
    internal CultureInfo Resolve(string input)
    {
        if (Culture is not null)
        {
            return Culture;
        }

        // A workbook's number cells need no culture; its numbers typed as text do ("72.007", "12,6"), and settle it as a
        // CSV's numbers do. A filled input workbook reads its cells itself (no culture) and a missing file is reported by its reader.
        var workbook = input.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (workbook && (!File.Exists(input) || InputWorkbook.IsInputWorkbook(input)))
        {
            return CultureInfo.InvariantCulture;
        }

        var (detected, reason) = workbook ? CultureDetection.DetectWorkbook(input) : CultureDetection.Detect(File.Exists(input) ? File.ReadAllText(input) : string.Empty);
        return detected ?? throw new UsageException($"--culture auto: {input}: {reason}. Say which with --culture vi-VN or --culture invariant.");
    }

    /// <summary>Returns the culture's name as written on the command line.</summary>
    /// <returns>invariant, auto or the culture's name.</returns>
    public override string ToString() => Culture is null ? "auto" : Culture.Name.Length == 0 ? "invariant" : Culture.Name;
}
