using System.Globalization;
using System.Text;

namespace Analytics.Benchmarks;

/// <summary>Files the benchmarks share with the pandas scripts: written once, deterministically.</summary>
public static class BenchData
{
    /// <summary>
    /// The long panel file: 10,000 series × 240 months (2005-01..2024-12), <c>series_id,year,month,value</c>, about
    /// 0.05% empty cells and 0.1% zeros, 53 MB. Its path comes from ANALYTICS_PANEL_CSV, else the temp folder.
    /// </summary>
    public static string PanelCsv()
    {
        var path = Environment.GetEnvironmentVariable("ANALYTICS_PANEL_CSV") is { Length: > 0 } p ? p : Path.Combine(Path.GetTempPath(), "analytics-bench", "panel.csv");
        if (!File.Exists(path))
        {
            WritePanel(path);
        }

        return path;
    }

    /// <summary>
    /// The interchange files of the same data (<see cref="WriteInterchange"/>), CSV and Parquet: their paths from
    /// ANALYTICS_INTERCHANGE_CSV and ANALYTICS_INTERCHANGE_PARQUET, else the temp folder; written when missing.
    /// </summary>
    /// <returns>The CSV and the Parquet file.</returns>
    public static (string Csv, string Parquet) InterchangeFiles()
    {
        var folder = Path.Combine(Path.GetTempPath(), "analytics-bench");
        var csv = Environment.GetEnvironmentVariable("ANALYTICS_INTERCHANGE_CSV") is { Length: > 0 } c ? c : Path.Combine(folder, "interchange.csv");
        var parquet = Environment.GetEnvironmentVariable("ANALYTICS_INTERCHANGE_PARQUET") is { Length: > 0 } q ? q : Path.Combine(folder, "interchange.parquet");
        if (!File.Exists(csv) || !File.Exists(parquet))
        {
            WriteInterchange(csv, parquet);
        }

        return (csv, parquet);
    }

    /// <summary>Writes the panel file.</summary>
    /// <param name="path">Where.</param>
    public static void WritePanel(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var rng = new Random(20231001);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("series_id,year,month,value\n");
        for (var s = 0; s < 10_000; s++)
        {
            var id = "S" + s.ToString("D5", CultureInfo.InvariantCulture);
            for (var t = 0; t < 240; t++)
            {
                var u = rng.NextDouble();
                var v = Math.Round(100 + (rng.NextDouble() * 50), 3);
                var x = u < 0.0005 ? string.Empty : u < 0.0015 ? "0" : v.ToString("R", CultureInfo.InvariantCulture);
                w.Write(string.Create(CultureInfo.InvariantCulture, $"{id},{2005 + (t / 12)},{(t % 12) + 1},{x}\n"));
            }
        }
    }

    /// <summary>
    /// Writes the same 10,000 series × 240 months as <see cref="WritePanel"/> (the same draws) in the interchange format:
    /// <c>indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status</c>, the indicator the series id, unit tỷ đồng, no
    /// stated rate (so every rate is computed, as pandas computes it), status official. An empty cell of the panel is a
    /// month the file does not have. With <paramref name="parquet"/>, also as an interchange Parquet file.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="parquet">The Parquet file, or null.</param>
    public static void WriteInterchange(string path, string? parquet)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var rng = new Random(20231001);
        var observations = parquet is null ? null : new List<Observations.Observation>(2_400_000);
        var unit = Indicators.Unit.BillionDong;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\n");
        for (var s = 0; s < 10_000; s++)
        {
            var id = "S" + s.ToString("D5", CultureInfo.InvariantCulture);
            for (var t = 0; t < 240; t++)
            {
                var u = rng.NextDouble();
                var v = Math.Round(100 + (rng.NextDouble() * 50), 3);
                if (u < 0.0005)
                {
                    continue;
                }

                var x = u < 0.0015 ? 0 : v;
                var period = Periods.Period.Month(2005 + (t / 12), (t % 12) + 1);
                w.Write(string.Create(CultureInfo.InvariantCulture, $"{id},,{period},{x.ToString("R", CultureInfo.InvariantCulture)},tỷ đồng,,,official\n"));
                observations?.Add(new Observations.Observation { Indicator = id, Period = period, Value = x, ValueDecimals = Decimals(x), Unit = unit, Status = Observations.ObservationStatus.Official });
            }
        }

        if (parquet is not null)
        {
            Io.InterchangeParquet.Write(observations!, parquet);
        }
    }

    /// <summary>
    /// Writes a simulated ministry archive in the interchange format: 63 provinces (the indicator, P01..P63) × 1,000
    /// series each (the breakdown, S0001..S1000) × 25 years × 12 months (1999-01..2023-12), values drawn as the panel's,
    /// 0.05% of the months left out; about 18.9 million figures. Returns the number of rows written.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The rows.</returns>
    public static long WriteArchive(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var rng = new Random(19_000_000);
        var periods = Enumerable.Range(0, 300).Select(t => Periods.Period.Month(1999 + (t / 12), (t % 12) + 1).ToString()).ToArray();
        long rows = 0;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\n");
        for (var p = 1; p <= 63; p++)
        {
            for (var s = 1; s <= 1000; s++)
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"P{p:D2},S{s:D4},");
                for (var t = 0; t < 300; t++)
                {
                    var u = rng.NextDouble();
                    var v = Math.Round(100 + (rng.NextDouble() * 50), 3);
                    if (u < 0.0005)
                    {
                        continue;
                    }

                    w.Write(key);
                    w.Write(periods[t]);
                    w.Write(',');
                    w.Write(v.ToString("R", CultureInfo.InvariantCulture));
                    w.Write(",tỷ đồng,,,official\n");
                    rows++;
                }
            }
        }

        return rows;
    }

    // The decimals the CSV writes ("R"), as its reader counts them.
    private static int Decimals(double x)
    {
        var text = x.ToString("R", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }

    /// <summary>The repository's root (the folder holding Analytics.sln), found from the running assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.GetEnvironmentVariable("ANALYTICS_ROOT") ?? throw new InvalidOperationException("Run the benchmarks from the repository (Analytics.sln not found above the program), or set ANALYTICS_ROOT.");
    }
}
