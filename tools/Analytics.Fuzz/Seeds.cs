using System.Globalization;
using System.Text;
using Analytics.Io;

namespace Analytics.Fuzz;

/// <summary>What a seed input is, which decides how it is mutated and which commands read it.</summary>
internal enum InputKind
{
    /// <summary>An interchange CSV (data/thai-binh/2023-09.csv).</summary>
    InterchangeCsv,

    /// <summary>A long series file series_id,period,value (built from data/m3-monthly).</summary>
    LongCsv,

    /// <summary>An interchange workbook written by the library from the interchange CSV.</summary>
    InterchangeXlsx,

    /// <summary>A GSO monthly workbook (data/gso/workbooks).</summary>
    GsoWorkbook,

    /// <summary>The province's filled input workbook (data/thai-binh/2023-09-bieu.xlsx).</summary>
    InputWorkbook,

    /// <summary>
    /// A monthly interchange CSV with one release per figure (the GSO national months at their latest release): the
    /// form `growth --output` reads part by part.
    /// </summary>
    MonthlyCsv,
}

/// <summary>One bundled input the mutants are made from.</summary>
/// <param name="Name">A short name, used in the names of saved mutants.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Extension">Its file extension, with the dot.</param>
/// <param name="Bytes">Its content.</param>
internal sealed record Seed(string Name, InputKind Kind, string Extension, byte[] Bytes)
{
    /// <summary>Whether the file is a zip (an .xlsx).</summary>
    internal bool IsZip => Extension == ".xlsx";

    /// <summary>The commands each mutant of this seed is run through: the arguments after the input path.</summary>
    /// <param name="input">The mutant's path.</param>
    /// <param name="scratch">A folder for the command's output files.</param>
    /// <returns>One (command, arguments) per run.</returns>
    internal IEnumerable<(string Command, string[] Args)> Commands(string input, string scratch) => Kind switch
    {
        InputKind.LongCsv =>
        [
            ("growth", ["growth", "--input", input]),
            ("forecast", ["forecast", "--input", input, "--horizon", "3"]),
            ("yearend", ["yearend", "--input", input, "--through", Seeds.LongThrough]),
        ],
        InputKind.GsoWorkbook =>
        [
            ("import", ["import", "--gso", input, "--output", Path.Combine(scratch, "gso.csv")]),
        ],
        InputKind.MonthlyCsv =>
        [
            ("growth-out", ["growth", "--input", input, "--output", Path.Combine(scratch, "growth.csv")]),
            ("growth-pq", ["growth", "--input", input, "--output", Path.Combine(scratch, "growth.parquet")]),
        ],
        _ =>
        [
            ("growth", ["growth", "--input", input]),
            ("audit", ["audit", "--input", input]),
            ("narrate", ["narrate", "--input", input]),
            ("report", ["report", "--input", input, "--out", Path.Combine(scratch, "report")]),
        ],
    };
}

/// <summary>Loads the bundled inputs the mutants are made from.</summary>
internal static class Seeds
{
    /// <summary>The last month known given to <c>yearend</c> for the long sample.</summary>
    internal const string LongThrough = "2018-09";

    /// <summary>Loads every seed from the repository's data folder.</summary>
    /// <param name="data">The data folder.</param>
    /// <param name="scratch">A folder for the generated seeds.</param>
    /// <returns>The seeds.</returns>
    internal static IReadOnlyList<Seed> Load(string data, string scratch)
    {
        var csv = Path.Combine(data, "thai-binh", "2023-09.csv");
        var xlsx = Path.Combine(scratch, "interchange.xlsx");
        var read = InterchangeFormat.Read(csv);
        read.ThrowIfErrors();
        InterchangeWorkbook.Write(read.Observations, xlsx);
        var workbooks = Directory.GetFiles(Path.Combine(data, "gso", "workbooks"), "*.xlsx").Order(StringComparer.Ordinal).ToList();
        var gso = workbooks.FirstOrDefault(w => Path.GetFileName(w).StartsWith("2023-09", StringComparison.Ordinal)) ?? workbooks[^1];
        return
        [
            new("thai-binh", InputKind.InterchangeCsv, ".csv", File.ReadAllBytes(csv)),
            new("long", InputKind.LongCsv, ".csv", LongSample(Path.Combine(data, "m3-monthly", "m3_monthly_train.csv"))),
            new("interchange", InputKind.InterchangeXlsx, ".xlsx", File.ReadAllBytes(xlsx)),
            new("gso", InputKind.GsoWorkbook, ".xlsx", File.ReadAllBytes(gso)),
            new("bieu", InputKind.InputWorkbook, ".xlsx", File.ReadAllBytes(Path.Combine(data, "thai-binh", "2023-09-bieu.xlsx"))),
            new("monthly", InputKind.MonthlyCsv, ".csv", MonthlySample(Path.Combine(data, "gso", "gso_vn_monthly.csv"))),
        ];
    }

    /// <summary>
    /// The GSO national months at their latest release, one row per figure, no releases, shares or notes: a file the
    /// columns read, and into a file part by part.
    /// </summary>
    private static byte[] MonthlySample(string gso)
    {
        var store = new Observations.ObservationStore(InterchangeFormat.Read(gso).ThrowIfErrors());
        var latest = store.Latest();
        var rows = new List<Observations.Observation>();
        foreach (var key in store.Series)
        {
            foreach (var period in store.Periods(key).Where(p => p.Kind == Periods.PeriodKind.Month))
            {
                var o = latest.Get(key, period)!;
                rows.Add(new Observations.Observation
                {
                    Indicator = o.Indicator, Breakdown = o.Breakdown, Dimension = o.Dimension, Period = o.Period, Value = o.Value,
                    ValueDecimals = o.ValueDecimals, Unit = o.Unit, MonthOnMonth = o.MonthOnMonth, YearOnYear = o.YearOnYear, Status = o.Status,
                });
            }
        }

        using var w = new StringWriter(CultureInfo.InvariantCulture);
        InterchangeFormat.Write(rows, w);
        return Encoding.UTF8.GetBytes(w.ToString());
    }

    /// <summary>
    /// A long series file of three M3 monthly series (their real values, 50 months each), placed at 2015-01 onward so
    /// that <c>yearend --through 2018-09</c> has a year to finish.
    /// </summary>
    private static byte[] LongSample(string train)
    {
        var text = new StringBuilder("series_id,period,value\n");
        var rows = File.ReadLines(train).Skip(1).Select(l => l.Split(',')).GroupBy(f => f[0]).Take(3);
        foreach (var series in rows)
        {
            var t = 0;
            foreach (var f in series.Take(50))
            {
                var month = 2015 * 12 + t++;
                text.Append(CultureInfo.InvariantCulture, $"{series.Key},{month / 12:D4}-{month % 12 + 1:D2},{f[5]}\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
