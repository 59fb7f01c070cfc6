using Analytics.Io;
using Analytics.Periods;

namespace Analytics.Tests.Io;

public class PanelCsvTests
{
    private static string Write(string text)
    {
        var path = Scratch.Path("panel", ".csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Read_YearMonthLayoutWithAGap_AlignsByCalendar()
    {
        var (panel, problems) = PanelCsv.Read(Write("series_id,year,month,value\nA,2023,1,10\nA,2023,3,12\nB,2023,2,5\nB,2023,3,\n"));
        Assert.Empty(problems);
        Assert.Equal(Period.Month(2023, 1), panel!.Start);
        Assert.Equal(3, panel.MonthCount);
        Assert.True(double.IsNaN(panel[0, Period.Month(2023, 2)]));
        Assert.Equal(5, panel[1, Period.Month(2023, 2)]);
        Assert.True(double.IsNaN(panel[1, Period.Month(2023, 3)]));
    }

    [Theory]
    [InlineData("series_id,period,value\nA,2023-13,1\n", 2, "period")]
    [InlineData("series_id,period,value\nA,2023-01,1\nA,2023-02,abc\n", 3, "value")]
    [InlineData("series_id,year,month,value\nA,2023,0,1\n", 2, "month")]
    public void Read_BadRow_IsLocated(string text, int row, string column)
    {
        var (panel, problems) = PanelCsv.Read(Write(text));
        Assert.Null(panel);
        var p = Assert.Single(problems);
        Assert.Equal(row, p.Location.Row);
        Assert.Equal(column, p.Location.Column);
    }

    [Fact]
    public void Read_DuplicateMonth_IsRefused()
    {
        var (panel, problems) = PanelCsv.Read(Write("series_id,period,value\nA,2023-01,1\nA,2023-01,2\n"));
        Assert.Null(panel);
        Assert.Contains("two rows for 2023-01", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_PanelFile_WritesEveryMonthWithAValue()
    {
        var rows = string.Join('\n', Enumerable.Range(0, 24).Select(t => $"A,{2022 + (t / 12)},{(t % 12) + 1},{100 + t}"));
        var input = Write("series_id,year,month,value\n" + rows + "\n");
        var (code, output, _) = Analytics.Tests.Cli.CliRunner.Run("growth", "--input", input);
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("series_id,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct", lines[0]);
        Assert.Equal(25, lines.Length);

        // 2023-02: 113 on 112 (+0.892857%), on 101 a year earlier (+11.881188%); Jan–Feb 225 on 201 (+11.940299%).
        Assert.Equal("A,2023-02,113,0.892857,11.881188,225,11.940299", lines[14]);
    }
}
