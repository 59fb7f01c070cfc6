using System.Globalization;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Series;
using Analytics.Tests.Cli;
using DuckDB.NET.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analytics.Tests.Io;

public class ParquetTests
{
    private static string Temp(string ext) => Scratch.Path("parquet", ext);

    [Theory]
    [InlineData("thai-binh/2023-09.csv")]
    [InlineData("gso/gso_vn_monthly.csv")]
    public void InterchangeWriteThenRead_RoundTripsEveryFieldIncludingDecimalsAndBounds(string file)
    {
        var original = InterchangeFormat.Read(TestData.Path(file)).ThrowIfErrors();
        var path = Temp(".parquet");
        InterchangeParquet.Write(original, path);
        var again = InterchangeParquet.Read(path).ThrowIfErrors();
        Assert.Equal(original.Count, again.Count);
        foreach (var (a, b) in original.Zip(again))
        {
            Assert.Equal(a with { Source = null }, b with { Source = null });
        }

        Assert.Equal(1, again[0].Source!.Row);
    }

    [Property(MaxTest = 30)]
    public Property InterchangeWriteThenRead_RandomObservations_LosesNothing()
        => Prop.ForAll(Arb.From(Gen.NonEmptyListOf(ObservationFrameTests.Observations)), generated =>
        {
            var list = generated.DistinctBy(o => (o.Key, o.Period, o.Release)).ToList();
            var path = Temp(".parquet");
            try
            {
                InterchangeParquet.Write(list, path);
                var again = InterchangeParquet.Read(path).ThrowIfErrors();
                return again.Select(o => o with { Source = null }).SequenceEqual(list);
            }
            finally
            {
                File.Delete(path);
            }
        });

    [Fact]
    public void LongSeriesWriteThenRead_RoundTripsThePanelWithItsGaps()
    {
        var panel = new Panel(Period.Month(2023, 11), 4, [new SeriesKey("IIP", string.Empty), new SeriesKey("IIP/Dệt, may", string.Empty)], [1.5, double.NaN, 3.25, 4, 10, 11, 12, 1e20]);
        var path = Temp(".parquet");
        LongSeriesParquet.Write(panel, path);
        Assert.True(LongSeriesParquet.IsLongSeriesParquet(path));
        var again = LongSeriesParquet.Read(path);
        Assert.False(again.HasErrors, string.Join('\n', again.Problems));
        Assert.Equal(panel.Start, again.Value.Start);
        Assert.Equal(panel.Keys, again.Value.Keys);
        Assert.Equal(panel.Values.ToArray(), again.Value.Values.ToArray());
    }

    [Fact]
    public void Read_FileThatIsNotParquet_IsOneErrorSayingSo()
    {
        var result = InterchangeParquet.Read(TestData.Path("thai-binh/2023-09.csv"));
        var p = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, p.Severity);
        Assert.Contains("not a Parquet file", p.Message, StringComparison.Ordinal);
        Assert.Empty(result.Observations);
    }

    [Fact]
    public void Read_FileWithoutValueColumn_NamesTheMissingColumnAndTheOnesPresent()
    {
        var path = Temp(".parquet");
        DuckDb($"COPY (SELECT 'IIP' AS indicator, '2024-09' AS period, 1.5 AS amount) TO '{path}' (FORMAT parquet)");
        var p = Assert.Single(InterchangeParquet.Read(path).Problems);
        Assert.Contains("lacks the column(s) value", p.Message, StringComparison.Ordinal);
        Assert.Contains("amount", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadRow_IsLocatedByRowAndColumn()
    {
        var obs = InterchangeFormat.Read(TestData.Path("thai-binh/2023-09.csv")).ThrowIfErrors();
        var path = Temp(".parquet");
        InterchangeParquet.Write(obs.Where(o => o.HasValue).Take(3).Select((o, i) => i == 1 ? o with { Value = -o.Value } : o), path);
        var problem = Assert.Single(InterchangeParquet.Read(path).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(2, problem.Location.Row);
        Assert.Equal("value", problem.Location.Column);
        Assert.Contains("row group 0, its row 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuckDb_ReadsTheFileTheToolWrote_SameFiguresAsTheStore()
    {
        var obs = InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors();
        var store = new ObservationStore(obs);
        var path = Temp(".parquet");
        var (code, _, err) = CliRunner.Run("convert", TestData.Path("gso/gso_vn_monthly.csv"), path);
        Assert.True(code == 0, err);
        var rows = DuckDbRows($"SELECT indicator, breakdown, period, release, value, year, month FROM '{path}' WHERE value IS NOT NULL");
        Assert.Equal(obs.Count(o => o.HasValue), rows.Count);
        foreach (var r in rows)
        {
            var period = Period.Parse((string)r[2]);
            var history = store.History(new SeriesKey((string)r[0], (string)r[1]), period);
            Assert.Contains(history, o => o.Value == (double)r[4] && (o.Release?.ToString() ?? string.Empty) == (string)r[3]);
            Assert.Equal(period.Year, (int)r[5]);
            Assert.Equal(period.LastMonth, (int)r[6]);
        }
    }

    [Fact]
    public void Read_FileDuckDbWrote_ReadsWithOnlyTheRequiredColumns()
    {
        var path = Temp(".parquet");
        DuckDb($"COPY (SELECT * FROM (VALUES ('IIP', '2024-08', 101.5::DOUBLE), ('IIP', '2024-09', 102.25::DOUBLE)) t(indicator, period, value)) TO '{path}' (FORMAT parquet)");
        var obs = InterchangeParquet.Read(path).ThrowIfErrors();
        Assert.Equal([101.5, 102.25], obs.Select(o => o.Value));
        Assert.Equal(Period.Month(2024, 9), obs[1].Period);
    }

    [Fact]
    public void Growth_OutputParquet_IsATypedTableDuckDbReads()
    {
        var csv = Temp(".csv");
        var parquet = Temp(".parquet");
        Assert.Equal(0, CliRunner.Run("growth", "--input", TestData.Path("thai-binh/2023-09.csv"), "--output", csv).Code);
        var (code, _, err) = CliRunner.Run("growth", "--input", TestData.Path("thai-binh/2023-09.csv"), "--output", parquet);
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(csv);
        var rows = DuckDbRows($"SELECT * FROM '{parquet}'");
        Assert.Equal(lines.Length - 1, rows.Count);
        var header = lines[0].Split(',');
        var yoy = Array.IndexOf(header, "yoy_pct");
        Assert.True(yoy >= 0);
        var expected = lines.Skip(1).Select(l => CsvRecords.Parse(l, ',', out _)[0].Fields[yoy]).ToList();
        var actual = rows.Select(r => r[yoy] is double d ? d.ToString("R", CultureInfo.InvariantCulture) : string.Empty).ToList();
        Assert.Equal(expected.Select(e => e.Length == 0 ? e : double.Parse(e, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)), actual);
    }

    [Fact]
    public void Convert_CsvToParquetToXlsxToCsv_KeepsEveryFigure()
    {
        var parquet = Temp(".parquet");
        var xlsx = Temp(".xlsx");
        var csv = Temp(".csv");
        Assert.Equal(0, CliRunner.Run("convert", TestData.Path("thai-binh/2023-09.csv"), parquet).Code);
        Assert.Equal(0, CliRunner.Run("convert", parquet, xlsx).Code);
        Assert.Equal(0, CliRunner.Run("convert", xlsx, csv).Code);
        var original = InterchangeFormat.Read(TestData.Path("thai-binh/2023-09.csv")).ThrowIfErrors().Select(o => o with { Source = null }).ToHashSet();
        var again = InterchangeFormat.Read(csv).ThrowIfErrors().Select(o => o with { Source = null }).ToHashSet();
        Assert.True(original.SetEquals(again));
    }

    [Fact]
    public void Convert_UnknownExtension_IsAUsageError()
    {
        var (code, _, err) = CliRunner.Run("convert", TestData.Path("thai-binh/2023-09.csv"), Temp(".json"));
        Assert.Equal(2, code);
        Assert.Contains(".csv, .xlsx or .parquet", err, StringComparison.Ordinal);
    }

    private static void DuckDb(string sql)
    {
        using var c = new DuckDBConnection("DataSource=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    internal static List<object[]> DuckDbRows(string sql)
    {
        using var c = new DuckDBConnection("DataSource=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object[]>();
        while (r.Read())
        {
            var row = new object[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++)
            {
                row[i] = r.IsDBNull(i) ? string.Empty : r.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
