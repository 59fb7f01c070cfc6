using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Internal;
using Analytics.Periods;
using Analytics.Observations;

namespace Analytics.Io;

/// <summary>What a column of a GSO table holds, read from its header text.</summary>
internal enum GsoMeasure
{
    /// <summary>Not understood or not imported.</summary>
    None = 0,

    /// <summary>A level (value, or quantity for trade).</summary>
    Level = 1,

    /// <summary>A share of the total in percent ("Cơ cấu (%)").</summary>
    Share = 2,

    /// <summary>An index against the previous month (100 = unchanged).</summary>
    MonthOnMonth = 3,

    /// <summary>An index against the same period of last year.</summary>
    YearOnYear = 4,

    /// <summary>The unit of each row ("Đơn vị tính").</summary>
    UnitColumn = 5,
}

/// <summary>One column of a GSO table, as its header says.</summary>
/// <param name="Col">The 1-based column.</param>
/// <param name="Header">The header as written, its rows joined.</param>
/// <param name="Measure">What the column holds.</param>
/// <param name="Period">The period its figures are for.</param>
/// <param name="Status">For levels: estimate, preliminary or official.</param>
/// <param name="Quantity">For trade tables: the quantity ("Lượng") rather than the value ("Trị giá").</param>
/// <param name="Ignored">Why a column with figures is not imported, when it is not.</param>
internal sealed record GsoColumn(int Col, string Header, GsoMeasure Measure, Period? Period, ObservationStatus Status, bool Quantity, string? Ignored)
{
    private static readonly Regex Cumulative = new(@"(\d{1,2}) thang (?:dau )?(?:nam )*(\d{4})", RegexOptions.CultureInvariant);
    private static readonly Regex MonthYear = new(@"thang (\d{1,2})\s*(?:(?:/|-)\s*|(?:nam\s+)+)(\d{4})", RegexOptions.CultureInvariant);
    private static readonly Regex Quarter = new(@"quy (iv|iii|ii|i)\b(?: nam (\d{4}))?", RegexOptions.CultureInvariant);
    private static readonly Regex YearOnly = new(@"(?:^|\s)nam (?:nam )*(\d{4})", RegexOptions.CultureInvariant);
    private static readonly Regex MonthAlone = new(@"thang (\d{1,2})\b", RegexOptions.CultureInvariant);

    /// <summary>Reads a header. <paramref name="release"/> supplies the year where the header leaves it out.</summary>
    public static GsoColumn Parse(int col, string header, Period? release)
    {
        var folded = VietnameseText.Fold(header);
        if (folded.Contains("don vi tinh", StringComparison.Ordinal))
        {
            return new GsoColumn(col, header, GsoMeasure.UnitColumn, null, default, false, null);
        }

        var quantity = Regex.IsMatch(folded, @"\bluong\b", RegexOptions.CultureInvariant) && !folded.Contains("tri gia", StringComparison.Ordinal);
        var at = folded.IndexOf("so voi", StringComparison.Ordinal);
        var subject = at < 0 ? folded : folded[..at];
        var basis = at < 0 ? string.Empty : folded[(at + 6)..];
        // "So với cùng kỳ năm trước (%) Tháng 9 năm 2023": the comparison first, the period it is about after it.
        var period = SubjectPeriod(subject, release) ?? (at >= 0 ? SubjectPeriod(basis.Replace("nam truoc", string.Empty, StringComparison.Ordinal), release) : null);
        if (period is null)
        {
            return new GsoColumn(col, header, GsoMeasure.None, null, default, quantity, "no period could be read from the header");
        }

        if (at >= 0)
        {
            var (measure, why) = Basis(basis, period.Value);
            return new GsoColumn(col, header, measure, period, default, quantity, why);
        }

        if (folded.Contains("co cau", StringComparison.Ordinal))
        {
            return new GsoColumn(col, header, GsoMeasure.Share, period, default, quantity, null);
        }

        var status = folded.Contains("uoc tinh", StringComparison.Ordinal) || folded.Contains("uoc thuc hien", StringComparison.Ordinal) ? ObservationStatus.Estimate
            : folded.Contains("so bo", StringComparison.Ordinal) ? ObservationStatus.Preliminary
            : folded.Contains("thuc hien", StringComparison.Ordinal) || folded.Contains("chinh thuc", StringComparison.Ordinal) ? ObservationStatus.Official
            : ObservationStatus.Unspecified;
        return new GsoColumn(col, header, GsoMeasure.Level, period, status, quantity, null);
    }

    private static Period? SubjectPeriod(string subject, Period? release)
    {
        // Earliest match wins: "Ước tính 9 tháng năm 2023" is cumulative, "Tháng 9 năm 2023" a month.
        var candidates = new List<(int At, Period P)>();
        if (Cumulative.Match(subject) is { Success: true } c && Month(c.Groups[1].Value) is { } k && Year(c.Groups[2].Value) is { } y1)
        {
            candidates.Add((c.Index, Analytics.Periods.Period.YearToDate(y1, k)));
        }

        if (MonthYear.Match(subject) is { Success: true } m && Month(m.Groups[1].Value) is { } mm && Year(m.Groups[2].Value) is { } y2)
        {
            candidates.Add((m.Index, Analytics.Periods.Period.Month(y2, mm)));
        }

        if (Quarter.Match(subject) is { Success: true } q)
        {
            var quarter = q.Groups[1].Value switch { "i" => 1, "ii" => 2, "iii" => 3, _ => 4 };
            var y3 = q.Groups[2].Success ? Year(q.Groups[2].Value) : release?.Year;
            if (y3 is { } yq)
            {
                // The first quarter is also January-March cumulated, which is how the tables use it in March.
                candidates.Add((q.Index, quarter == 1 ? Analytics.Periods.Period.YearToDate(yq, 3) : Analytics.Periods.Period.Quarter(yq, quarter)));
            }
        }

        if (candidates.Count == 0 && YearOnly.Match(subject) is { Success: true } yo && Year(yo.Groups[1].Value) is { } y4)
        {
            candidates.Add((yo.Index, Analytics.Periods.Period.YearToDate(y4, 12)));
        }

        if (candidates.Count == 0 && MonthAlone.Match(subject) is { Success: true } ma && Month(ma.Groups[1].Value) is { } m5 && release is { } r)
        {
            candidates.Add((ma.Index, Analytics.Periods.Period.Month(m5 > r.LastMonth ? r.Year - 1 : r.Year, m5)));
        }

        return candidates.Count == 0 ? null : candidates.MinBy(x => x.At).P;
    }

    private static (GsoMeasure Measure, string? Why) Basis(string basis, Period subject)
    {
        if (basis.Contains("thang truoc", StringComparison.Ordinal))
        {
            return (GsoMeasure.MonthOnMonth, null);
        }

        if (basis.Contains("cung ky", StringComparison.Ordinal) || basis.Contains("nam truoc", StringComparison.Ordinal))
        {
            return (GsoMeasure.YearOnYear, null);
        }

        if (basis.Contains("ky goc", StringComparison.Ordinal))
        {
            return (GsoMeasure.None, "an index against the base year, not imported");
        }

        if (MonthYear.Match(basis) is { Success: true } m && Month(m.Groups[1].Value) is { } mm && Year(m.Groups[2].Value) is { } y)
        {
            var against = Analytics.Periods.Period.Month(y, mm);
            if (subject.Kind == PeriodKind.Month)
            {
                var (sy, sm) = (subject.Year, subject.LastMonth);
                if (against == Analytics.Periods.Period.Month(sm == 1 ? sy - 1 : sy, sm == 1 ? 12 : sm - 1))
                {
                    return (GsoMeasure.MonthOnMonth, null);
                }

                if (against == Analytics.Periods.Period.Month(sy - 1, sm))
                {
                    return (GsoMeasure.YearOnYear, null);
                }

                if (mm == 12 && y == sy - 1)
                {
                    return (GsoMeasure.None, "compared with December of last year, not imported");
                }
            }

            return (GsoMeasure.None, "compared with " + against.ToString() + ", not a comparison the library models");
        }

        if (YearOnly.Match(basis) is { Success: true } yo && Year(yo.Groups[1].Value) is { } by && by == subject.Year - 1)
        {
            return (GsoMeasure.YearOnYear, null);
        }

        return (GsoMeasure.None, "the comparison could not be read");
    }

    private static int? Month(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null;

    private static int? Year(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100 ? y : null;
}
