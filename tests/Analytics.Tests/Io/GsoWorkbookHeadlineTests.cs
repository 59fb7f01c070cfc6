using System.Globalization;
using Analytics.Io;
using Xunit.Abstractions;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;

namespace Analytics.Tests.Io;

/// <summary>
/// Imports the 36 GSO monthly workbooks of 2022–2024 and compares every figure of the headline table
/// (data/gso/gso_vn_monthly_headline.csv, tabulated independently from the same releases by the
/// hiennguyen9874/vn-macroeconomics project) with what the import gives.
/// </summary>
public sealed class GsoWorkbookHeadlineTests(ITestOutputHelper output)
{
    private static readonly Lazy<GsoImportResult> Imported = new(() =>
        GsoWorkbook.ReadAll(Directory.EnumerateFiles(TestData.Path("gso/workbooks"), "*.xlsx").Order(StringComparer.Ordinal)));

    internal static GsoImportResult Import() => Imported.Value;

    [Fact]
    public void ReadAll_ThirtySixWorkbooks_ReproducesEveryHeadlineFigure()
    {
        var result = Import();
        Assert.False(result.HasErrors, string.Join("\n", result.Problems.Where(p => p.Severity == ProblemSeverity.Error)));
        Assert.Equal(36, result.Sheets.Select(s => s.File).Distinct().Count());
        Assert.Equal(36 * 6, result.Sheets.Count);

        var index = result.Observations
            .GroupBy(o => (o.Indicator, o.Breakdown, o.Period, o.Release!.Value))
            .ToDictionary(g => g.Key, g => g.Last());
        Observation? At(string ind, string bd, Period p, Period release) => index.GetValueOrDefault((ind, bd, p, release));

        var compared = 0;
        var disagreements = new List<string>();
        var explained = new List<string>();
        foreach (var row in HeadlineRows())
        {
            var month = Period.Parse(row["month"]);
            if (month.Year is < 2022 or > 2024)
            {
                continue;
            }

            var (ind, bd) = Map(row["indicator"], row["breakdown"]);
            var release = Period.Parse(row["release_date"][..7]);
            var next = release.PlusMonths(1);
            // January cumulated is January: the tables give no separate cumulative column then.
            var ytd = month.LastMonth == 1 ? month : Period.YearToDate(month.Year, month.LastMonth);
            var first = At(ind, bd, month, release);
            var isTrade = ind is "EXPORT" or "IMPORT";

            void Check(string field, double? ours, string why)
            {
                if (!double.TryParse(row[field], NumberStyles.Float, CultureInfo.InvariantCulture, out var theirs))
                {
                    return;
                }

                // Releases beyond 2024-12 are not among the workbooks.
                if (field.Contains("revised", StringComparison.Ordinal) && next.Year > 2024)
                {
                    return;
                }

                compared++;
                if (Explained(month, ind, field) is { } reason)
                {
                    explained.Add($"{month} {ind}/{bd} {field}: headline {theirs}: {reason}");
                    return;
                }

                var tolerance = Math.Max(0.00051, Math.Abs(theirs) * 1e-7);
                if (ours is not { } v || double.IsNaN(v) || Math.Abs(v - theirs) > tolerance)
                {
                    disagreements.Add($"{month} {ind}/{bd} {field}: headline {theirs}, import {(ours is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "none")} ({why})");
                }
            }

            Check("value_first_estimate", first?.HasValue == true ? first.Value : null, "the month's value in its own release");
            Check("ytd_value", At(ind, bd, ytd, release) is { HasValue: true } y ? y.Value : null, "the cumulative value in the month's release");
            Check("yoy_pct_first_estimate", Rate(first?.YearOnYear), "the year-on-year index in the month's release, minus 100");
            Check("ytd_yoy_pct", Rate(At(ind, bd, ytd, release)?.YearOnYear), "the cumulative year-on-year index, minus 100");
            Check("yoy_pct_revised", Rate(At(ind, bd, month, next)?.YearOnYear), "the month's year-on-year index in the next release");
            if (ind is "IIP" or "CPI")
            {
                Check("mom_pct_first_estimate", Rate(first?.MonthOnMonth), "the index against the previous month, minus 100");
            }
            else
            {
                // The previous month as this release states it (retail: "Thực hiện tháng 8"), else its first estimate (trade).
                var prev = month.PlusMonths(-1);
                var before = ind == "RETAIL" ? At(ind, bd, prev, release) : At(ind, bd, prev, release.PlusMonths(-1));
                Check("mom_pct_first_estimate", first is { HasValue: true } && before is { HasValue: true } ? ((first.Value / before.Value) - 1) * 100 : null, "the month's value over the previous month's, minus one");
            }

            if (isTrade)
            {
                Check("value_revised", ImpliedRevision(At, ind, bd, month, release, next), "the cumulative value through the month in the next release, less the cumulative through the month before in this one");
            }
            else
            {
                Check("value_revised", At(ind, bd, month, next) is { HasValue: true } r ? r.Value : null, "the month's value in the next release");
            }
        }

        output.WriteLine($"{compared} figures compared, {explained.Count} not in the workbooks (reason given), {disagreements.Count} disagreements.");
        foreach (var e in explained)
        {
            output.WriteLine("not compared: " + e);
        }

        foreach (var d in disagreements)
        {
            output.WriteLine(d);
        }

        Assert.True(compared > 2500, $"only {compared} figures compared");
        Assert.Empty(disagreements);
        Assert.True(explained.Count <= 16, $"{explained.Count} figures set aside; 16 were when this test was written");
    }

    /// <summary>Headline figures the 36 workbooks cannot give, with the reason.</summary>
    private static string? Explained(Period month, string indicator, string field) => (month, indicator, field) switch
    {
        // The January workbooks restate neither December's IIP growth nor (in 2022) anything of 2021.
        ({ LastMonth: 12 }, "IIP", "yoy_pct_revised") => "the January workbook states no revised growth for December, so no workbook of 2022-2024 holds this figure",
        ({ Year: 2022, LastMonth: 1 }, "EXPORT" or "IMPORT", "mom_pct_first_estimate") => "needs December 2021's first estimate, from a workbook before 2022",
        _ => null,
    };

    private static double? Rate(StatedRate? r) => r is { IsStated: true } s ? s.Percent : null;

    /// <summary>
    /// The trade tables state no revised month: a revision shows only in the cumulative total. Through month M as known
    /// at the next release is that release's cumulative less its own month (or, in January, last year's total as
    /// restated); through M−1 as known at M's release is its cumulative less its month.
    /// </summary>
    private static double? ImpliedRevision(Func<string, string, Period, Period, Observation?> at, string ind, string bd, Period month, Period release, Period next)
    {
        double? throughMNext;
        if (month.LastMonth == 12)
        {
            throughMNext = at(ind, bd, Period.YearToDate(month.Year, 12), next) is { HasValue: true } y ? y.Value
                : at(ind, bd, month, next) is { HasValue: true } d && at(ind, bd, Period.YearToDate(month.Year, 12), release) is { HasValue: true } yd && at(ind, bd, month, release) is { HasValue: true } md
                    ? yd.Value - md.Value + d.Value : null;
        }
        else
        {
            var nextMonth = month.PlusMonths(1);
            throughMNext = at(ind, bd, Period.YearToDate(nextMonth.Year, nextMonth.LastMonth), next) is { HasValue: true } c && at(ind, bd, nextMonth, next) is { HasValue: true } v
                ? c.Value - v.Value : null;
        }

        double? throughPrev = month.LastMonth == 1 ? 0
            : at(ind, bd, Period.YearToDate(month.Year, month.LastMonth), release) is { HasValue: true } c2 && at(ind, bd, month, release) is { HasValue: true } v2
                ? c2.Value - v2.Value : null;
        return throughMNext - throughPrev;
    }

    private static (string Indicator, string Breakdown) Map(string indicator, string breakdown) => indicator switch
    {
        "RETAIL_TOTAL" => ("RETAIL", string.Empty),
        "RETAIL_GOODS" or "RETAIL_ACCOM_FOOD" or "RETAIL_TRAVEL" or "RETAIL_OTHER_SERVICES" => ("RETAIL", breakdown),
        _ when breakdown is "Toàn ngành" or "Chung" or "Tổng trị giá" => (indicator, string.Empty),
        _ => (indicator, breakdown),
    };

    private static IEnumerable<Dictionary<string, string>> HeadlineRows()
    {
        var lines = CsvRecords.Parse(File.ReadAllText(TestData.Path("gso/gso_vn_monthly_headline.csv")), ',', out _);
        var header = lines[0].Fields;
        foreach (var l in lines.Skip(1))
        {
            yield return header.Select((h, i) => (h, v: i < l.Fields.Length ? l.Fields[i] : string.Empty)).ToDictionary(x => x.h, x => x.v);
        }
    }
}
