using System.Globalization;
using System.Text;
using Analytics.Internal;
using Analytics.Observations;

namespace Analytics.Io;

/// <summary>
/// The interchange format: one CSV row per published figure, with the columns
/// <c>indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status</c> and the optional
/// <c>release,dimension,parent,share_pct,source,note</c>. Users write it by hand or export it from Excel; the
/// command-line tool reads and writes it. See the README for the column definitions.
/// </summary>
/// <remarks>
/// Reading never guesses. A malformed cell, an ambiguous number, a duplicate row with another value, a unit that
/// changes within a series or a negative flow refuses the file with every problem located (file, row, column) and a
/// fix; unusual but usable input loads with a warning. Lines starting with <c>#</c> are comments.
/// </remarks>
public static class InterchangeFormat
{
    /// <summary>The columns every file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["indicator", "breakdown", "period", "value", "unit", "mom_pct", "yoy_pct", "status"];

    /// <summary>The first year a figure's period may be in; an earlier year is refused as a typo (1023 for 2023).</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year a figure's period may be in; a later year is refused as a typo.</summary>
    public const int LastYear = 2100;

    /// <summary>The columns a file may have.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns = ["release", "dimension", "parent", "share_pct", "source", "note"];

    /// <summary>Reads an interchange file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The culture, encoding and catalogue; defaults when null.</param>
    /// <returns>The observations and every problem found; a missing or unreadable file, one that is not UTF-8 (or not Windows-1258 when so given) or larger than 256 MiB, is an error in the result, not an exception.</returns>
    public static ReadResult Read(string path, InterchangeOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        // Strict UTF-8 and a size cap (TextFile): a Windows-1258 file is refused, not read with its letters lost,
        // unless the options say it is Windows-1258.
        if (TextFile.Read(path, options?.Encoding ?? TextEncoding.Utf8, out var problem) is not { } text)
        {
            return new ReadResult([], [problem!]);
        }

        var read = ReadText(text, path, options);
        return problem is null ? read : new ReadResult(read.Observations, [problem, .. read.Problems]);
    }

    /// <summary>Reads interchange text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="fileName">The name to quote in messages.</param>
    /// <param name="options">The culture and catalogue; defaults when null.</param>
    /// <returns>The observations and every problem found.</returns>
    public static ReadResult ReadText(string text, string fileName, InterchangeOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(fileName);
        return new InterchangeReader(fileName, options ?? new InterchangeOptions()).Read(text);
    }

    /// <summary>Writes observations in the interchange format, numbers in the invariant culture.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(IEnumerable<Observation> observations, TextWriter writer)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(writer);
        writer.Write(string.Join(',', RequiredColumns.Concat(["release", "dimension", "parent", "share_pct", "note", "source"])));
        writer.Write('\n');
        foreach (var o in observations)
        {
            string[] cells =
            [
                o.Indicator, o.Breakdown, o.Period.ToString(), FormatValue(o.Value, o.ValueDecimals), o.Unit?.Symbol ?? string.Empty,
                o.MonthOnMonth.ToString(), o.YearOnYear.ToString(), StatusText(o.Status), o.Release?.ToString() ?? string.Empty,
                o.Dimension, o.Parent, o.Share.ToString(), o.Remark, o.Citation,
            ];
            writer.Write(string.Join(',', cells.Select(c => CsvRecords.Quote(c))));
            writer.Write('\n');
        }
    }

    /// <summary>Quotes a CSV cell when it holds a comma, a quote or a line break (RFC 4180).</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The cell as written in a CSV file.</returns>
    public static string Quote(string cell) => CsvRecords.Quote(cell ?? string.Empty);

    /// <summary>Formats a number in invariant culture with the given decimals (all significant digits when -1); NaN is empty.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The decimals, or -1.</param>
    /// <returns>The text.</returns>
    public static string FormatValue(double value, int decimals)
        => double.IsNaN(value)
            ? string.Empty
            : decimals >= 0
                ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The word the format uses for a status: estimate, preliminary, official, or empty.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The word.</returns>
    public static string StatusText(ObservationStatus status) => status switch
    {
        ObservationStatus.Estimate => "estimate",
        ObservationStatus.Preliminary => "preliminary",
        ObservationStatus.Official => "official",
        _ => string.Empty,
    };

    /// <summary>Reads a status word: estimate / ước / ước tính / e, preliminary / sơ bộ / p, official / chính thức / o; empty is unspecified.</summary>
    /// <param name="text">The word.</param>
    /// <param name="status">The status.</param>
    /// <returns>Whether the word is a status.</returns>
    public static bool TryParseStatus(string? text, out ObservationStatus status)
    {
        status = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "" => ObservationStatus.Unspecified,
            "estimate" or "e" or "ước" or "ước tính" or "uoc" or "uoc tinh" or "ước đạt" => ObservationStatus.Estimate,
            "preliminary" or "p" or "sơ bộ" or "so bo" => ObservationStatus.Preliminary,
            "official" or "o" or "chính thức" or "chinh thuc" => ObservationStatus.Official,
            _ => (ObservationStatus)(-1),
        };
        return (int)status >= 0;
    }
}
