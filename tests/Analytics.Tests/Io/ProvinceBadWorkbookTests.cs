using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Tests.Io;

/// <summary>The malformed filled input workbooks of <c>BadInputs/province/</c>: each gives a located message or is read correctly.</summary>
public class ProvinceBadWorkbookTests
{
    private static readonly Lazy<IReadOnlyList<ProvinceBadWorkbooks.Case>> Cases = new(() =>
    {
        var target = Environment.GetEnvironmentVariable("ANALYTICS_WRITE_BAD_WORKBOOKS");
        return ProvinceBadWorkbooks.Generate(string.IsNullOrEmpty(target) ? Scratch.Path("province-bad") : target);
    });

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestData.BadInput("province"), "*.xlsx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    private static List<Observation> Base()
    {
        var path = Scratch.Path("base", ".xlsx");
        ProvinceBadWorkbooks.WriteBase(path);
        return Normalised(InputWorkbook.Read(path).ThrowIfErrors());
    }

    private static List<Observation> Normalised(IEnumerable<Observation> observations)
        => observations.Select(o => o with { Source = null }).OrderBy(o => o.Key.ToString(), StringComparer.Ordinal).ThenBy(o => o.Period).ToList();

    [Fact]
    public void Committed_AreTheGeneratedOnes_AtLeastFifteen()
    {
        var cases = Cases.Value;
        var committed = Directory.GetFiles(TestData.BadInput("province"), "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(cases.Select(c => c.File).Order(StringComparer.Ordinal), committed);
        Assert.True(Cases.Value.Count >= 15);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_GivesItsLocatedMessage_OrIsReadCorrectly(string file)
    {
        var c = Cases.Value.Single(x => x.File == file);
        var result = InputWorkbook.Read(TestData.BadInput("province/" + file));
        Assert.True(InputWorkbook.IsInputWorkbook(TestData.BadInput("province/" + file)));
        if (c.Severity is null)
        {
            Assert.Empty(result.Problems);
            Assert.Equal(Base(), Normalised(result.Observations));
            return;
        }

        var p = Assert.Single(result.Problems, p => p.Message.Contains(c.Phrase, StringComparison.Ordinal));
        Assert.Equal(c.Severity, p.Severity);
        Assert.Equal(c.Sheet, p.Location.Sheet);
        Assert.Equal(c.Row, p.Location.Row);
        Assert.StartsWith(c.Column!, p.Location.Column, StringComparison.Ordinal);
        Assert.EndsWith(TestData.BadInput("province/" + file), p.Location.File, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(p.Fix));
        Assert.Equal(c.Severity == ProblemSeverity.Error, result.HasErrors);
        if (!result.HasErrors)
        {
            Assert.NotEmpty(result.Observations);
        }
    }

    [Fact]
    public void TextNumbersVi_AreReadWithTheWorkbooksCulture()
    {
        var store = new ObservationStore(InputWorkbook.Read(TestData.BadInput("province/text-numbers-vi.xlsx")).ThrowIfErrors());
        var retail = store.Latest().Get(new SeriesKey("RETAIL", string.Empty), Analytics.Periods.Period.Month(2023, 9))!;
        Assert.Equal(5778, retail.Value);
        Assert.Equal(12.6, retail.YearOnYear.Percent);
        Assert.Equal(1, retail.YearOnYear.Decimals);
    }

    [Fact]
    public void PercentFormattedCell_IsReadAsPercent()
    {
        var store = new ObservationStore(InputWorkbook.Read(TestData.BadInput("province/percent-format.xlsx")).ThrowIfErrors());
        var retail = store.Latest().Get(new SeriesKey("RETAIL", string.Empty), Analytics.Periods.Period.Month(2023, 9))!;
        Assert.Equal(12.6, retail.YearOnYear.Percent);
    }

    [Fact]
    public void NewRow_IsReadAsAMarketOfExports()
    {
        var result = InputWorkbook.Read(TestData.BadInput("province/new-row.xlsx"));
        var o = Assert.Single(result.Observations, o => o.Breakdown == "Campuchia");
        Assert.Equal(("EXPORT", "market", 12d), (o.Indicator, o.Dimension, o.Value));
    }

    [Fact]
    public void Messages_AreEnglishWhenAsked()
    {
        var result = InputWorkbook.Read(TestData.BadInput("province/text-in-number.xlsx"), new InputWorkbookOptions { Language = "en" });
        var p = Assert.Single(result.Problems);
        Assert.Contains("the cell holds the text 'khoảng 270'", p.Message, StringComparison.Ordinal);
        Assert.Contains("type the number itself", p.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_LocatesTheProblemAndExitsTwo()
    {
        var (code, _, err) = Cli.CliRunner.Run("audit", "--input", TestData.BadInput("province/formula-without-value.xlsx"));
        Assert.Equal(2, code);
        Assert.Contains("sheet 'Biểu 4 - Bán lẻ', row", err, StringComparison.Ordinal);
        Assert.Contains("column E (Cộng dồn từ đầu năm)", err, StringComparison.Ordinal);
        Assert.Contains("1 error(s) above", err, StringComparison.Ordinal);
    }
}
