using System.Globalization;
using System.Text;
using Analytics.Growth;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;

namespace Analytics.Tests.Io;

/// <summary>
/// The columnar path (InterchangeColumns → GrowthColumns → GrowthCsv) against the store path (InterchangeFormat →
/// ObservationStore → GrowthTable → GrowthCsv) on the bundled figures: the same growth table, byte for byte, and the
/// same problems.
/// </summary>
public class InterchangeColumnsTests
{
    public static TheoryData<string, bool, string> BundledMonthly => new()
    {
        { "gso/gso_vn_monthly.csv", true, "latest" }, { "gso/gso_vn_monthly.csv", true, "published" }, { "gso/gso_vn_monthly.csv", true, "official" },
        { "gso/gso_vn_monthly.csv", false, "official" }, { "gso/gso_vn_monthly.csv", false, "latest" },
        { "thai-binh/2023-09.csv", false, "official" }, { "thai-binh/2023-09.csv", false, "latest" }, { "thai-binh/2023-09.csv", false, "published" },
    };

    [Theory]
    [MemberData(nameof(BundledMonthly))]
    public void Growth_BundledMonthlyFigures_SameTableAsTheStore(string bundled, bool releases, string mode)
    {
        var path = MonthlyLatest(bundled, releases, shuffle: false);
        var options = Options(mode);
        var columns = InterchangeColumns.TryRead(path);
        Assert.NotNull(columns);
        Assert.Equal(StorePath(path, options, out var storeProblems), ColumnPath(columns, options));
        Assert.Equal(storeProblems, columns.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Growth_RowsInAnyOrderWithAMissingMonthAndNoUnit_SameTableAndWarningsAsTheStore()
    {
        var path = MonthlyLatest("gso/gso_vn_monthly.csv", releases: false, shuffle: true);
        var columns = InterchangeColumns.TryRead(path);
        Assert.NotNull(columns);
        var table = StorePath(path, GrowthOptions.Official, out var storeProblems);
        Assert.Equal(table, ColumnPath(columns, GrowthOptions.Official));
        Assert.Equal(storeProblems, columns.Problems.Select(p => p.ToString()));
        Assert.Contains(columns.Problems, p => p.Kind == "series with a missing month");
        Assert.Contains(columns.Problems, p => p.Kind == "rows with a value but no unit");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GrowthFromParquet_MonthlyFigures_SameTableAndProblemsAsTheStore(bool shuffle)
    {
        var csv = MonthlyLatest("gso/gso_vn_monthly.csv", releases: !shuffle, shuffle);
        var parquet = Scratch.Path("columns-parquet", ".parquet");
        InterchangeParquet.Write(InterchangeFormat.Read(csv).ThrowIfErrors(), parquet);
        var columns = InterchangeColumns.TryReadParquet(parquet);
        Assert.NotNull(columns);
        var store = InterchangeParquet.Read(parquet);
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        GrowthCsv.Write(GrowthTable.Compute(new ObservationStore(store.ThrowIfErrors()), GrowthOptions.Official), w);
        Assert.Equal(w.ToString(), ColumnPath(columns, GrowthOptions.Official));
        Assert.Equal(store.Problems.Select(p => p.ToString()), columns.Problems.Select(p => p.ToString()));
        Assert.Equal(store.Observations.Select(o => o.Source!.Row).Order(), columns.Value.SourceRows.ToArray().Order());
        Assert.Contains(columns.Problems, p => p.Kind == "series with a missing month" && p.Message.Contains("row group 0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gso/gso_vn_monthly.csv")]     // first estimates and revisions: two releases of a month
    [InlineData("thai-binh/2023-09.csv")]      // cumulative periods, shares and notes
    public void TryRead_FileTheColumnsDoNotCarry_IsLeftToTheStore(string bundled)
        => Assert.Null(InterchangeColumns.TryRead(TestData.Path(bundled)));

    [Fact]
    public void TryRead_FileWithAnError_IsLeftToTheStoreWhichLocatesIt()
    {
        var path = Scratch.Path("columns-bad", ".csv");
        File.WriteAllText(path, "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\nRETAIL,,2023-01,12x,tỷ đồng,,,official\n");
        Assert.Null(InterchangeColumns.TryRead(path));
        Assert.Contains(InterchangeFormat.Read(path).Problems, p => p.Location.Row == 2 && p.Location.Column == "value");
    }

    [Theory]
    [InlineData("\n", true)]
    [InlineData("\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\r\n", false)]
    public void TryRead_LineBreaksAndLastLine_SameTableAsTheStore(string lineBreak, bool finalBreak)
    {
        // The columns are sized from the file's line count: a last line without its break, CRLF, or the bundled file's
        // own lines must all give every row, no more.
        var source = File.ReadAllLines(MonthlyLatest("gso/gso_vn_monthly.csv", releases: false, shuffle: false));
        var path = Scratch.Path("columns-lines", ".csv");
        File.WriteAllText(path, string.Join(lineBreak, source) + (finalBreak ? lineBreak : string.Empty), new UTF8Encoding(false));
        var columns = InterchangeColumns.TryRead(path);
        Assert.NotNull(columns);
        Assert.Equal(source.Length - 1, columns.Value.Count);
        Assert.Equal(StorePath(path, GrowthOptions.Official, out var storeProblems), ColumnPath(columns, GrowthOptions.Official));
        Assert.Equal(storeProblems, columns.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Cli_GrowthOnAMonthlyFile_WritesTheStoresTable()
    {
        var path = MonthlyLatest("gso/gso_vn_monthly.csv", releases: true, shuffle: false);
        var output = Scratch.Path("columns-cli", ".csv");
        var (code, _, _) = Cli.CliRunner.Run("growth", "--input", path, "--output", output);
        Assert.Equal(0, code);
        Assert.Equal(StorePath(path, GrowthOptions.Official, out _), File.ReadAllText(output));
    }

    [Fact]
    public void Cli_GrowthOutputParquetFromColumns_DuckDbReadsTheCsvsFiguresCellForCell()
    {
        var path = MonthlyLatest("gso/gso_vn_monthly.csv", releases: true, shuffle: false);
        Assert.NotNull(InterchangeColumns.TryRead(path));
        var csv = Scratch.Path("columns-growth", ".csv");
        var parquet = Scratch.Path("columns-growth", ".parquet");
        Assert.Equal(0, Cli.CliRunner.Run("growth", "--input", path, "--output", csv).Code);
        var (code, _, err) = Cli.CliRunner.Run("growth", "--input", path, "--output", parquet);
        Assert.True(code == 0, err);
        var records = CsvRecords.Parse(File.ReadAllText(csv), ',', out _);
        var header = records[0].Fields;
        var rows = ParquetTests.DuckDbRows($"SELECT {string.Join(", ", header)} FROM '{parquet}'");
        Assert.Equal(records.Count - 1, rows.Count);
        var types = ParquetTests.DuckDbRows($"SELECT typeof(value), typeof(yoy_pct), typeof(period), typeof(note) FROM '{parquet}' LIMIT 1")[0];
        Assert.Equal(["DOUBLE", "DOUBLE", "VARCHAR", "VARCHAR"], types.Cast<string>());
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < header.Length; c++)
            {
                var expected = records[r + 1].Fields[c];
                var actual = rows[r][c] is double d ? GrowthCsv.Num(d) : (string)rows[r][c];
                Assert.True(expected == actual, $"row {r + 2}, {header[c]}: CSV '{expected}', Parquet '{actual}'");
            }
        }
    }

    [Fact]
    public void Cli_GrowthOnAParquetDuckDbWrote_SameTableAsOnTheCsv()
    {
        var path = MonthlyLatest("gso/gso_vn_monthly.csv", releases: true, shuffle: false);
        var parquet = Scratch.Path("columns-duckdb", ".parquet");
        ParquetTests.DuckDbRows($"COPY (SELECT indicator, coalesce(breakdown, '') AS breakdown, period, value::DOUBLE AS value, unit, mom_pct::DOUBLE AS mom_pct, "
            + $"yoy_pct::DOUBLE AS yoy_pct, status, release, coalesce(dimension, '') AS dimension FROM read_csv('{path}', all_varchar = true)) TO '{parquet}' (FORMAT parquet)");
        var fromCsv = Scratch.Path("columns-duckdb-csv", ".csv");
        var fromParquet = Scratch.Path("columns-duckdb-parquet", ".csv");
        Assert.Equal(0, Cli.CliRunner.Run("growth", "--input", path, "--output", fromCsv).Code);
        var (code, _, err) = Cli.CliRunner.Run("growth", "--input", parquet, "--output", fromParquet);
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllText(fromCsv), File.ReadAllText(fromParquet));
    }

    [Fact]
    public void Readme_DuckDbQueryOverTheGrowthParquet_RunsOnATableTheToolWrote()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var start = readme.IndexOf("-- analytics growth --input archive.csv", StringComparison.Ordinal);
        Assert.True(start >= 0, "README lost its DuckDB query over a growth table");
        var sql = readme[readme.IndexOf('\n', start)..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var parquet = Scratch.Path("columns-readme", ".parquet");
        var (code, _, err) = Cli.CliRunner.Run("growth", "--input", MonthlyLatest("gso/gso_vn_monthly.csv", releases: true, shuffle: false), "--output", parquet);
        Assert.True(code == 0, err);
        var rows = ParquetTests.DuckDbRows(sql.Replace("out/archive-growth.parquet", parquet, StringComparison.Ordinal).Replace("2023-12", "2024-12", StringComparison.Ordinal));
        Assert.InRange(rows.Count, 3, 10);
        Assert.Equal(rows.Select(r => (double)r[2]).OrderDescending(), rows.Select(r => (double)r[2]));
    }

    [Theory]
    [MemberData(nameof(BundledMonthly))]
    public void GrowthInParts_BundledMonthlyFigures_SameTableAndProblemsAsTheStore(string bundled, bool releases, string mode)
    {
        var path = MonthlyLatest(bundled, releases, shuffle: false);
        var options = Options(mode);
        var table = StorePath(path, options, out var storeProblems);
        foreach (var partRows in new[] { 1, 7, 500, InterchangeColumns.DefaultPartRows })
        {
            using var w = new StringWriter(CultureInfo.InvariantCulture);
            var read = GrowthInParts.TryWriteCsv(path, w, null, options, partRows);
            Assert.NotNull(read);
            Assert.Equal(table, w.ToString());
            Assert.Equal(storeProblems, read.Problems.Select(p => p.ToString()));
            Assert.Equal(InterchangeFormat.Read(path).Observations.Count, read.Value);
        }
    }

    [Fact]
    public void GrowthInParts_Parquet_SameTableAndProblemsAsTheWholeFile()
    {
        var csv = MonthlyLatest("gso/gso_vn_monthly.csv", releases: true, shuffle: false);
        var parquet = Scratch.Path("parts-parquet", ".parquet");
        InterchangeParquet.Write(InterchangeFormat.Read(csv).ThrowIfErrors(), parquet);
        var whole = InterchangeColumns.TryReadParquet(parquet);
        Assert.NotNull(whole);
        foreach (var partRows in new[] { 3, 1000 })
        {
            using var w = new StringWriter(CultureInfo.InvariantCulture);
            var read = GrowthInParts.TryWriteCsv(parquet, w, null, GrowthOptions.Official, partRows);
            Assert.NotNull(read);
            Assert.Equal(ColumnPath(whole, GrowthOptions.Official), w.ToString());
            Assert.Equal(whole.Problems.Select(p => p.ToString()), read.Problems.Select(p => p.ToString()));
        }
    }

    [Fact]
    public void GrowthInPartsToParquet_ManySmallRowGroups_DuckDbReadsTheWholeTablesRows()
    {
        var path = MonthlyLatest("gso/gso_vn_monthly.csv", releases: true, shuffle: false);
        var whole = InterchangeColumns.TryRead(path);
        Assert.NotNull(whole);
        var one = Scratch.Path("parts-whole", ".parquet");
        GrowthParquet.Write(whole.Value, GrowthColumns.Compute(whole.Value, GrowthOptions.Official), one);
        var parts = Scratch.Path("parts-groups", ".parquet");
        var read = GrowthInParts.TryWriteParquet(path, parts, null, GrowthOptions.Official, 100);
        Assert.NotNull(read);
        var query = "SELECT * FROM '{0}' ORDER BY indicator, breakdown, period";
        var expected = ParquetTests.DuckDbRows(string.Format(CultureInfo.InvariantCulture, query, one));
        var actual = ParquetTests.DuckDbRows(string.Format(CultureInfo.InvariantCulture, query, parts));
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(read.Value, actual.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            Assert.Equal(expected[r], actual[r]);
        }

        Assert.True(ParquetTests.DuckDbRows($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{parts}')")[0][0] is long groups && groups > 10);
    }

    [Fact]
    public void GrowthInParts_SeriesNotOneAfterAnother_LeftToTheWholeFileAndTheCliStillRight()
    {
        // The first series' first month moved to the end: that series resumes after all others, so the parts cannot be
        // whole series.
        var lines = File.ReadAllLines(MonthlyLatest("gso/gso_vn_monthly.csv", releases: false, shuffle: false));
        var header = lines.TakeWhile(l => !l.StartsWith("indicator,", StringComparison.Ordinal)).Count();
        var path = Scratch.Path("parts-resumed", ".csv");
        File.WriteAllLines(path, [.. lines.Take(header + 1), .. lines.Skip(header + 2), lines[header + 1]]);
        Assert.NotNull(InterchangeColumns.TryRead(path));
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Null(GrowthInParts.TryWriteCsv(path, w, null, GrowthOptions.Official, 50));
        var output = Scratch.Path("parts-shuffled", ".csv");
        var (code, _, err) = Cli.CliRunner.Run("growth", "--input", path, "--output", output);
        Assert.True(code == 0, err);
        Assert.Equal(StorePath(path, GrowthOptions.Official, out _), File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.partial"));
    }

    [Theory]
    [InlineData("unit")]      // a breakdown in triệu USD read before its total in tỷ USD: the store converts, the parts cannot
    [InlineData("grouped")]   // 72.007 in the first series and no '.'-decimal anywhere: the store refuses it, known only at the end
    public void GrowthInParts_WhatOnlyTheEndOfTheFileSettles_LeftToTheStoreWhateverThePartsWere(string kind)
    {
        var path = Scratch.Path("parts-late-" + kind, ".csv");
        var text = new StringBuilder("indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status,dimension\n");
        for (var m = 1; m <= 12; m++)
        {
            text.Append(CultureInfo.InvariantCulture, $"EXPORT,Hoa Kỳ,2023-{m:00},{(kind == "grouped" && m == 5 ? "72.007" : (9000 + m).ToString(CultureInfo.InvariantCulture))},triệu USD,,,official,market\n");
        }

        for (var m = 1; m <= 12; m++)
        {
            text.Append(CultureInfo.InvariantCulture, $"EXPORT,,2023-{m:00},{30 + m},{(kind == "unit" ? "tỷ USD" : "triệu USD")},,,official,\n");
        }

        File.WriteAllText(path, text.ToString());
        var parts = 0;
        Assert.Null(InterchangeColumns.TryReadInParts(path, _ => parts++, null, 4));
        Assert.True(parts >= 1, "the breakdown's part was handed on before the end settled it");
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Null(GrowthInParts.TryWriteCsv(path, w, null, GrowthOptions.Official, 4));
        Assert.Null(InterchangeColumns.TryRead(path));

        // The command reads it whole: the store's table, or the store's located refusal, and no hidden file left.
        var output = Scratch.Path("parts-late-out-" + kind, ".csv");
        var (code, _, err) = Cli.CliRunner.Run("growth", "--input", path, "--output", output);
        var store = InterchangeFormat.Read(path);
        if (store.HasErrors)
        {
            Assert.Equal(2, code);
            Assert.Contains("72.007", err, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
        }
        else
        {
            Assert.True(code == 0, err);
            Assert.Equal(StorePath(path, GrowthOptions.Official, out _), File.ReadAllText(output));
        }

        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.partial"));
    }

    private static GrowthOptions Options(string mode) => mode switch
    {
        "latest" => new GrowthOptions(),
        "published" => new GrowthOptions { AsPublished = true },
        _ => GrowthOptions.Official,
    };

    private static string StorePath(string path, GrowthOptions options, out List<string> problems)
    {
        var read = InterchangeFormat.Read(path);
        problems = read.Problems.Select(p => p.ToString()).ToList();
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        GrowthCsv.Write(GrowthTable.Compute(new ObservationStore(read.ThrowIfErrors()), options), w);
        return w.ToString();
    }

    private static string ColumnPath(ReadResult<ObservationColumns> columns, GrowthOptions options)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        GrowthCsv.Write(columns.Value, GrowthColumns.Compute(columns.Value, options), w);
        return w.ToString();
    }

    // The bundled file's monthly figures as its latest release gives them (one row per figure, no shares or notes), in
    // the interchange format; shuffled, a month of every fifth series dropped and some units left out, when asked.
    private static string MonthlyLatest(string bundled, bool releases, bool shuffle)
    {
        var store = new ObservationStore(InterchangeFormat.Read(TestData.Path(bundled)).ThrowIfErrors());
        var latest = store.Latest();
        var rows = new List<Observation>();
        var n = 0;
        foreach (var key in store.Series)
        {
            n++;
            foreach (var period in store.Periods(key).Where(p => p.Kind == PeriodKind.Month))
            {
                var o = latest.Get(key, period)!;
                if (shuffle && n % 5 == 0 && period.LastMonth == 6)
                {
                    continue;
                }

                rows.Add(new Observation
                {
                    Indicator = o.Indicator, Breakdown = o.Breakdown, Dimension = o.Dimension, Period = o.Period, Value = o.Value, ValueDecimals = o.ValueDecimals,
                    Unit = shuffle && n % 7 == 0 && period.LastMonth == 3 ? null : o.Unit, MonthOnMonth = o.MonthOnMonth, YearOnYear = o.YearOnYear,
                    Status = o.Status, Release = releases ? o.EffectiveRelease : null,
                });
            }
        }

        if (shuffle)
        {
            var rng = new Random(16);
            rows = [.. rows.OrderBy(_ => rng.Next())];
        }

        var path = Scratch.Path("columns-" + Path.GetFileNameWithoutExtension(bundled), ".csv");
        var sb = new StringBuilder();
        using (var w = new StringWriter(sb, CultureInfo.InvariantCulture))
        {
            InterchangeFormat.Write(rows, w);
        }

        File.WriteAllText(path, sb.ToString());
        return path;
    }
}
