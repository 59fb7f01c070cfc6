using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analytics.Forecasting;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Benchmarks;

/// <summary>
/// The year end as a September report would have stated it, 2015–2024: on data/gso/gso_vn_monthly.csv cut at each
/// September using only the figures released by then (<see cref="PublishedYearEnd.Estimate"/>), the year totals of
/// retail sales, exports and imports against the January–December cumulative values the GSO published in December;
/// the mean absolute percentage error, the coverage of the 80% and 95% intervals, beside the spreadsheet rule
/// (Q4 = January–September × last year's Q4 / last year's January–September, from the same release).
/// </summary>
internal static class YearEndBacktest
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal static int Run(string[] args)
    {
        string? outFile = null;
        var method = "ensemble";
        int from = 2015, to = 2024;
        var calibrationYears = PublishedYearEnd.CalibrationYears;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out": outFile = args[++i]; break;
                case "--method": method = args[++i]; break;
                case "--from": from = int.Parse(args[++i], Inv); break;
                case "--to": to = int.Parse(args[++i], Inv); break;
                case "--calibration-years": calibrationYears = int.Parse(args[++i], Inv); break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}; use --out FILE, --method NAME, --from YEAR, --to YEAR, --calibration-years N"); return 2;
            }
        }

        var store = new ObservationStore(InterchangeFormat.Read(DataFile()).ThrowIfErrors());
        var forecaster = Forecasters.ByName(method);
        var rows = new List<Row>();
        var clock = Stopwatch.StartNew();
        foreach (var code in new[] { "RETAIL", "EXPORT", "IMPORT" })
        {
            var key = new SeriesKey(code, string.Empty);
            for (var year = from; year <= to; year++)
            {
                var september = Period.Month(year, 9);
                var e = PublishedYearEnd.Estimate(store, key, september, forecaster, calibrationYears: calibrationYears);
                var published = store.AsOf(Period.Month(year, 12)).Get(key, Period.YearToDate(year, 12))?.Value
                    ?? throw new InvalidOperationException($"{code} {year}: no January–December figure in the December release.");
                var rule = SpreadsheetRule(store, key, september);
                rows.Add(new Row(code, year, published, e, rule));
                Console.Error.WriteLine(string.Create(Inv, $"{code} {year}: published {published:0}, estimate {e.TotalMean:0} ({(e.TotalMean / published - 1) * 100:+0.00;-0.00}%), rule {rule:0} ({(rule / published - 1) * 100:+0.00;-0.00}%)"));
            }
        }

        var text = Table(rows, calibrationYears == 0 ? method + ", model intervals" : method, clock.Elapsed);
        Console.WriteLine(text);
        if (outFile is not null)
        {
            File.WriteAllText(outFile, text);
        }

        return 0;
    }

    /// <summary>January–September of the year times last year's (total − January–September) / January–September, all as known at September's release.</summary>
    internal static double SpreadsheetRule(ObservationStore store, SeriesKey key, Period september)
    {
        var view = store.AsOf(september);
        double Cumulative(int year, int month)
            => view.Get(key, Period.YearToDate(year, month)) is { HasValue: true } o ? o.Value
                : Period.YearToDate(year, month).Months().Sum(m => view.Get(key, m)?.Value ?? double.NaN);
        var ytd = Cumulative(september.Year, 9);
        var lastYtd = Cumulative(september.Year - 1, 9);
        var lastYear = Cumulative(september.Year - 1, 12);
        return ytd + (ytd * (lastYear - lastYtd) / lastYtd);
    }

    private static string Table(List<Row> rows, string method, TimeSpan elapsed)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| indicator | year | published Jan–Dec | estimate from September ({method}) | error % | 80% interval | spread × (years) | in 80% | in 95% | spreadsheet rule | rule error % |");
        sb.AppendLine("|---|---|---:|---:|---:|---|---:|---|---|---:|---:|");
        foreach (var r in rows)
        {
            sb.AppendLine(string.Create(Inv, $"| {r.Code} | {r.Year} | {r.Published:#,0} | {r.Estimate.TotalMean:#,0} | {r.Error:+0.00;-0.00;0.00} | {r.Estimate.Interval80.Lower:#,0} – {r.Estimate.Interval80.Upper:#,0} | {r.Estimate.IntervalScale:0.00} ({r.Estimate.CalibrationYears}) | {(r.In80 ? "yes" : "no")} | {(r.In95 ? "yes" : "no")} | {r.Rule:#,0} | {r.RuleError:+0.00;-0.00;0.00} |"));
        }

        sb.AppendLine();
        sb.AppendLine("| indicator | cases | mean absolute error % | 80% coverage | 95% coverage | spreadsheet rule: mean absolute error % |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var g in rows.GroupBy(r => r.Code).Append(rows.GroupBy(_ => "all").Single()))
        {
            var list = g.ToList();
            sb.AppendLine(string.Create(Inv, $"| {g.Key} | {list.Count} | {list.Average(r => Math.Abs(r.Error)):0.00} | {list.Count(r => r.In80) * 100.0 / list.Count:0}% | {list.Count(r => r.In95) * 100.0 / list.Count:0}% | {list.Average(r => Math.Abs(r.RuleError)):0.00} |"));
        }

        sb.AppendLine();
        sb.AppendLine(string.Create(Inv, $"{rows.Count} year ends in {elapsed.TotalSeconds:0} s."));
        return sb.ToString();
    }

    private static string DataFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "gso", "gso_vn_monthly.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("data/gso/gso_vn_monthly.csv not found above the benchmark's folder; run from the repository.");
    }

    private sealed record Row(string Code, int Year, double Published, YearEndEstimate Estimate, double Rule)
    {
        internal double Error => (Estimate.TotalMean / Published - 1) * 100;

        internal double RuleError => (Rule / Published - 1) * 100;

        internal bool In80 => Published >= Estimate.Interval80.Lower && Published <= Estimate.Interval80.Upper;

        internal bool In95 => Published >= Estimate.Interval95.Lower && Published <= Estimate.Interval95.Upper;
    }
}
