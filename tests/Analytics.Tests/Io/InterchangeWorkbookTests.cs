using Analytics.Io;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analytics.Tests.Io;

public class InterchangeWorkbookTests
{
    private static string Temp(string ext) => Scratch.Path("interchange", ext);

    [Theory]
    [InlineData("thai-binh/2023-09.csv")]
    [InlineData("gso/gso_vn_monthly.csv")]
    public void WriteThenRead_RoundTripsEveryFieldIncludingDecimals(string file)
    {
        var original = InterchangeFormat.Read(TestData.Path(file)).ThrowIfErrors();
        var path = Temp(".xlsx");
        InterchangeWorkbook.Write(original, path);
        var again = InterchangeWorkbook.Read(path).ThrowIfErrors();
        Assert.Equal(original.Count, again.Count);
        foreach (var (a, b) in original.Zip(again))
        {
            Assert.Equal(a with { Source = null }, b with { Source = null });
        }
    }

    [Property(MaxTest = 40)]
    public Property WriteThenRead_RandomObservations_LosesNothing()
        => Prop.ForAll(Arb.From(Gen.NonEmptyListOf(ObservationFrameTests.Observations)), generated =>
        {
            // One figure per series, period and release: a file with two would be refused, rightly.
            var list = generated.DistinctBy(o => (o.Key, o.Period, o.Release)).ToList();
            var path = Temp(".xlsx");
            try
            {
                InterchangeWorkbook.Write(list, path);
                var again = InterchangeWorkbook.Read(path).ThrowIfErrors();
                return again.Select(o => o with { Source = null }).SequenceEqual(list);
            }
            finally
            {
                File.Delete(path);
            }
        });

    [Fact]
    public void Read_BadCell_IsLocatedBySheetRowAndColumn()
    {
        var obs = InterchangeFormat.Read(TestData.Path("thai-binh/2023-09.csv")).ThrowIfErrors();
        var path = Temp(".xlsx");
        InterchangeWorkbook.Write(obs.Where(o => o.HasValue).Take(3).Select((o, i) => i == 1 ? o with { Value = -o.Value } : o), path);
        var result = InterchangeWorkbook.Read(path);
        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("data", problem.Location.Sheet);
        Assert.Equal(3, problem.Location.Row);
        Assert.Equal("value", problem.Location.Column);
        Assert.Contains("sheet 'data', row 3, column value", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAWorkbook_IsAnErrorWithAFix()
    {
        var path = Temp(".xlsx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var result = InterchangeWorkbook.Read(path);
        Assert.True(result.HasErrors);
        Assert.Contains("cannot be opened as an Excel workbook", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_XlsxInput_ReadsTheWorkbook()
    {
        var path = Temp(".xlsx");
        InterchangeWorkbook.Write(InterchangeFormat.Read(TestData.Path("thai-binh/2023-09.csv")).ThrowIfErrors(), path);
        var (code, output, _) = Analytics.Tests.Cli.CliRunner.Run("audit", "--input", path);
        Assert.Equal(0, code);
        Assert.Contains("72,006", output, StringComparison.Ordinal);
    }
}
