using System.Globalization;
using System.Text;
using Analytics.Io;
using Analytics.Observations;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Io;

public class PlanFormatTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static ReadResult<IReadOnlyList<PlanTarget>> Read(string text, CultureInfo? culture = null) => PlanFormat.ReadText(text, "plan.csv", culture);

    [Fact]
    public void Read_FullForm_GivesEveryTarget()
    {
        var result = Read("indicator,breakdown,year,target_value,target_growth_pct,unit\nEXPORT,,2024,3500,,triệu USD\nEXPORT,Châu Á,2024,,8.5,\nRETAIL,,2024,,10%,\n");
        Assert.Empty(result.Problems);
        Assert.Equal(["EXPORT", "EXPORT/Châu Á", "RETAIL"], result.Value.Select(t => t.SeriesId));
        Assert.Equal(3500, result.Value[0].TargetValue);
        Assert.Equal("triệu USD", result.Value[0].Unit);
        Assert.Equal(8.5, result.Value[1].TargetGrowthPercent);
        Assert.True(result.Value[1].IsGrowth);
        Assert.Equal(10, result.Value[2].TargetGrowthPercent);
        Assert.Equal(new SourceLocation("plan.csv", 3), result.Value[1].Source);
    }

    [Fact]
    public void Read_ShortForm_KeepsTheSeriesId()
    {
        var result = Read("# plan 2024\nseries_id,year,target_value\nRETAIL/Dịch vụ khác,2024,120000\nN1402,2023,55\n");
        Assert.Empty(result.Problems);
        Assert.Equal(("RETAIL", "Dịch vụ khác", "RETAIL/Dịch vụ khác"), (result.Value[0].Indicator, result.Value[0].Breakdown, result.Value[0].SeriesId));
        Assert.Equal(2023, result.Value[1].Year);
    }

    [Fact]
    public void Read_VietnameseNumbers_FollowTheCulture()
    {
        var result = Read("series_id,year,target_value\nEXPORT,2024,\"1.234,5\"\n", Vi);
        Assert.Equal(1234.5, Assert.Single(result.ThrowIfErrors()).TargetValue);
        var semicolon = Read("series_id;year;target_growth_pct\nEXPORT;2024;7,5\n", Vi);
        Assert.Equal(7.5, Assert.Single(semicolon.ThrowIfErrors()).TargetGrowthPercent);
    }

    [Fact]
    public void Read_VietnameseNumberUnderTheInvariantCulture_IsRefusedWithTheFix()
    {
        var p = Assert.Single(Read("series_id,year,target_value\nEXPORT,2024,\"1.234,5\"\n").Errors);
        Assert.Equal((2, "target_value"), (p.Location.Row, p.Location.Column));
        Assert.Contains("--culture vi-VN", p.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("\n# nothing yet\n", "empty")]
    [InlineData("series_id,year,target_value\n", "no targets")]
    [InlineData("series,year,target\nEXPORT,2024,5\n", "lacks")]
    public void Read_EmptyOrHeaderless_SaysWhy(string text, string expected)
        => Assert.Contains(expected, Assert.Single(Read(text).Errors).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("series_id,year,target_growth_pct\nEXPORT,2024,>5\n", 2, "target_growth_pct", "bound")]
    [InlineData("series_id,year,target_value\nEXPORT,2024,<100\n", 2, "target_value", "bound")]
    [InlineData("series_id,year,target_value,target_growth_pct\nEXPORT,2024,100,5\n", 2, "target_growth_pct", "both")]
    [InlineData("series_id,year,target_value,target_growth_pct\nEXPORT,2024,,\n", 2, "target_value", "no target")]
    [InlineData("series_id,year,target_value\nEXPORT,2024,-3\n", 2, "target_value", "not positive")]
    [InlineData("series_id,year,target_growth_pct\nEXPORT,2024,-100\n", 2, "target_growth_pct", "nothing")]
    [InlineData("series_id,year,target_value\nEXPORT,24,5\n", 2, "year", "not a year")]
    [InlineData("series_id,year,target_value\n,2024,5\n", 2, "series_id", "not named")]
    [InlineData("series_id,year,target_value\nEXPORT,2024,5,6\n", 2, null, "cells")]
    public void Read_BadRow_IsLocatedWithItsFix(string text, int row, string? column, string expected)
    {
        var p = Assert.Single(Read(text).Errors);
        Assert.Equal((row, column), (p.Location.Row, p.Location.Column));
        Assert.Contains(expected, p.Message, StringComparison.Ordinal);
        Assert.NotEmpty(p.Fix);
    }

    [Fact]
    public void Read_TwoTargetsForOneSeriesAndYear_AreRefused()
    {
        var result = Read("indicator,breakdown,year,target_value,target_growth_pct,unit\nEXPORT,,2024,3500,,\nIMPORT,,2024,3000,,\nEXPORT,,2024,,8,\nEXPORT,,2025,3800,,\n");
        var p = Assert.Single(result.Errors);
        Assert.Equal(4, p.Location.Row);
        Assert.Contains("first is on row 2", p.Message, StringComparison.Ordinal);
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Read_MissingFile_IsAnErrorNotAnException()
        => Assert.Contains("cannot be read", Assert.Single(PlanFormat.Read(Scratch.Path("no-plan", ".csv")).Errors).Message, StringComparison.Ordinal);

    [Fact]
    public void Read_Workbook_NumbersAsNumbersAndTextByTheCulture()
    {
        var path = Scratch.Path("plan", ".xlsx");
        Workbook(path, "plan", withReferences: true,
            ["indicator", "breakdown", "year", "target_value", "target_growth_pct", "unit"],
            ["EXPORT", string.Empty, 2024.0, 3500.5, string.Empty, "triệu USD"],
            ["RETAIL", string.Empty, 2024.0, string.Empty, "7,5", string.Empty],
            ["IMPORT", string.Empty, 2024.0, string.Empty, ">5", string.Empty]);
        var result = PlanFormat.Read(path, Vi);
        var p = Assert.Single(result.Errors);
        Assert.Equal(("plan", 4, "target_growth_pct"), (p.Location.Sheet, p.Location.Row, p.Location.Column));

        Workbook(path, "plan", withReferences: true,
            ["indicator", "breakdown", "year", "target_value", "target_growth_pct", "unit"],
            ["EXPORT", string.Empty, 2024.0, 3500.5, string.Empty, "triệu USD"],
            ["RETAIL", string.Empty, 2024.0, string.Empty, "7,5", string.Empty]);
        var ok = PlanFormat.Read(path, Vi).ThrowIfErrors();
        Assert.Equal(3500.5, ok[0].TargetValue);
        Assert.Equal(7.5, ok[1].TargetGrowthPercent);
        Assert.Equal(new SourceLocation(path, 3, null, "plan"), ok[1].Source);
    }

    [Fact]
    public void Read_WorkbookWhoseCellsLackReferences_PlacesEachCellInTheNextColumn()
    {
        // The r attribute of rows and cells is optional in the file format; some writers leave it out.
        var path = Scratch.Path("plan-no-r", ".xlsx");
        Workbook(path, "Sheet1", withReferences: false,
            ["series_id", "year", "target_value"],
            ["EXPORT", 2024.0, 3500.0],
            ["IMPORT", 2024.0, 3000.0]);
        var targets = PlanFormat.Read(path).ThrowIfErrors();
        Assert.Equal(["EXPORT", "IMPORT"], targets.Select(t => t.SeriesId));
        Assert.Equal([3500.0, 3000.0], targets.Select(t => t.TargetValue));
    }

    private static readonly Gen<PlanTarget> Targets =
        from indicator in Gen.Elements("EXPORT", "RETAIL", "N1402", "Dệt, may", "\"Q\"", "#x")
        from breakdown in Gen.Elements(string.Empty, "Châu Á", "Hoa Kỳ", "a,b")
        from year in Gen.Choose(2000, 2030)
        from isGrowth in Gen.Elements(false, true)
        from n in Gen.Choose(1, 10_000_000)
        from unit in Gen.Elements(string.Empty, "triệu USD", "tỷ đồng")
        select new PlanTarget(indicator, breakdown, year, isGrowth ? double.NaN : n / 100.0, isGrowth ? (n % 4000 / 10.0) - 99.9 : double.NaN, unit, new SourceLocation("x", 0));

    [Property(MaxTest = 100)]
    public Property WriteThenRead_RandomPlan_GivesItBack()
        => Prop.ForAll(Arb.From(Gen.NonEmptyListOf(Targets)), generated =>
        {
            var list = generated.DistinctBy(t => (t.SeriesId, t.Year)).ToList();
            var sw = new StringWriter();
            PlanFormat.Write(list, sw);
            var again = PlanFormat.ReadText(sw.ToString(), "x").ThrowIfErrors();
            return again.Select(t => t with { Source = null! }).SequenceEqual(list.Select(t => t with { Source = null! }));
        });

    /// <summary>A one-sheet workbook built cell by cell; strings inline, numbers as numbers; with or without the r attributes.</summary>
    internal static void Workbook(string path, string sheetName, bool withReferences, params object[][] rows)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new S.Workbook();
        var part = wb.AddNewPart<WorksheetPart>();
        var data = new S.SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new S.Row();
            if (withReferences)
            {
                row.RowIndex = (uint)(r + 1);
            }

            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = rows[r][c] switch
                {
                    double d => new S.Cell { CellValue = new S.CellValue(d) },
                    string s when s.Length > 0 => new S.Cell { DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(s)) },
                    _ => null,
                };
                if (cell is null)
                {
                    if (withReferences)
                    {
                        continue;
                    }

                    cell = new S.Cell(); // an empty cell without r still takes its column
                }

                if (withReferences)
                {
                    cell.CellReference = ((char)('A' + c)).ToString() + (r + 1).ToString(CultureInfo.InvariantCulture);
                }

                row.Append(cell);
            }

            data.Append(row);
        }

        part.Worksheet = new S.Worksheet(data);
        wb.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = wb.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
        wb.Workbook.Save();
    }
}
