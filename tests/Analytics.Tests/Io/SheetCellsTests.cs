using Analytics.Io;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analytics.Tests.Io;

/// <summary>The one xlsx cell reader under the interchange workbook, the GSO importer and plans; and the interchange CSV's own round trip and CSV rules.</summary>
public class SheetCellsTests
{
    [Fact]
    public void InterchangeWorkbook_CellsWithoutReferences_AreReadInTheirColumns()
    {
        var path = Scratch.Path("interchange-no-r", ".xlsx");
        PlanFormatTests.Workbook(path, "data", withReferences: false,
            ["indicator", "breakdown", "period", "value", "unit", "mom_pct", "yoy_pct", "status"],
            ["EXPORT", string.Empty, "2023-09", 270.0, "triệu USD", -6.1, 28.6, "estimate"],
            ["EXPORT", "Châu Á", "2023-09", 120.0, "triệu USD", string.Empty, 12.5, "estimate"]);
        var obs = InterchangeWorkbook.Read(path).ThrowIfErrors();
        Assert.Equal(2, obs.Count);
        Assert.Equal(270, obs[0].Value);
        Assert.Equal(-6.1, obs[0].MonthOnMonth.Percent);
        Assert.Equal("Châu Á", obs[1].Breakdown);
        Assert.False(obs[1].MonthOnMonth.IsStated);
        Assert.Equal(12.5, obs[1].YearOnYear.Percent);
    }

    [Fact]
    public void InterchangeCsv_QuoteInsideAnUnquotedCellAndQuotesInComments_SwallowNoRows()
    {
        const string text = "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\n"
            + "# products, \"draft\n"
            + "EXPORT,Ti vi 55\",2023-09,10,triệu USD,,,\n"
            + "EXPORT,Tủ lạnh,2023-09,20,triệu USD,,,\n"
            + "# end of \"draft\n"
            + "EXPORT,Máy giặt,2023-09,30,triệu USD,,,\n";
        var obs = InterchangeFormat.ReadText(text, "tv.csv").ThrowIfErrors();
        Assert.Equal(["Ti vi 55\"", "Tủ lạnh", "Máy giặt"], obs.Select(o => o.Breakdown));
        Assert.Equal([3, 4, 6], obs.Select(o => o.Source!.Row));
    }

    [Fact]
    public void InterchangeCsv_LineBreakInsideAQuotedCell_IsWarnedAbout()
    {
        var result = InterchangeFormat.ReadText("indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\nEXPORT,\"Dệt\nmay\",2023-09,10,triệu USD,,,\n", "nl.csv");
        Assert.False(result.HasErrors);
        Assert.Contains(result.Warnings, w => w.Location.Row == 2 && w.Message.Contains("line 2 to line 3", StringComparison.Ordinal));
    }

    [Property(MaxTest = 60)]
    public Property InterchangeCsv_WriteThenRead_LosesNothing()
        => Prop.ForAll(Arb.From(Gen.NonEmptyListOf(ObservationFrameTests.Observations)), generated =>
        {
            var list = generated.DistinctBy(o => (o.Key, o.Period, o.Release)).ToList();
            var sw = new StringWriter();
            InterchangeFormat.Write(list, sw);
            var again = InterchangeFormat.ReadText(sw.ToString(), "round.csv").ThrowIfErrors();
            return again.Select(o => o with { Source = null }).SequenceEqual(list);
        });
}
