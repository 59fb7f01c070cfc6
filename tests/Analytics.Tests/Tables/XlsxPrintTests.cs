using Analytics.Narrative;
using Analytics.Periods;
using Analytics.Tables;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Tables;

/// <summary>The seed report's workbook, ready to print: wrapped bordered headers, print titles, fit to width, bounds in notes, charts as pictures.</summary>
public class XlsxPrintTests
{
    private static string Write(RenderOptions? options = null)
    {
        var report = ReportBuilder.Build(TestData.Seed(), Period.Month(2023, 9), NarrativeStyle.Load(TestData.Path("thai-binh/style.json")));
        var path = Scratch.Path("print", ".xlsx");
        XlsxRenderer.Write(report, path, options ?? RenderOptions.Default);
        return path;
    }

    private static S.Worksheet Sheet(WorkbookPart wb, string name)
        => ((WorksheetPart)wb.GetPartById(wb.Workbook.Descendants<S.Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    [Fact]
    public void TableSheets_PrintWithTheirHeaderRowOnEveryPageAtThePagesWidth()
    {
        using var doc = SpreadsheetDocument.Open(Write(), false);
        var wb = doc.WorkbookPart!;
        var formats = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<S.CellFormat>().ToList();
        var titles = wb.Workbook.DefinedNames!.Elements<S.DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        foreach (var name in new[] { "Biểu 1", "Biểu 2" })
        {
            var ws = Sheet(wb, name);
            var setup = ws.GetFirstChild<S.PageSetup>()!;
            Assert.Equal(1U, setup.FitToWidth!.Value);
            Assert.Equal(0U, setup.FitToHeight!.Value);
            Assert.Equal(S.OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.True(ws.GetFirstChild<S.SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            Assert.Contains(titles, d => d.Text == $"'{name}'!$2:$2");
            var header = ws.Descendants<S.Row>().Single(r => r.RowIndex!.Value == 2);
            Assert.True(header.Height!.Value >= 45, "the header row is tall enough for its wrapped headers");
            foreach (var cell in header.Elements<S.Cell>())
            {
                var format = formats[(int)cell.StyleIndex!.Value];
                Assert.True(format.Alignment!.WrapText!.Value);
                Assert.Equal(1U, format.BorderId!.Value);
            }
        }
    }

    [Fact]
    public void Bounds_GoToTheNotesColumn_NumbersStayNumbers()
    {
        using var doc = SpreadsheetDocument.Open(Write(), false);
        var ws = Sheet(doc.WorkbookPart!, "Biểu 1");
        var steel = ws.Descendants<S.Row>().Single(r => r.Elements<S.Cell>().First().InlineString?.InnerText.StartsWith("Sắt thép không", StringComparison.Ordinal) == true);
        var cells = steel.Elements<S.Cell>().ToList();
        Assert.Null(cells[6].CellValue);        // the ytd growth: no number
        Assert.Null(cells[6].InlineString);
        Assert.EndsWith(">200", cells[^1].InlineString!.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain(ws.Descendants<S.Cell>(), c => c.InlineString?.InnerText.StartsWith(' ') == true); // indents are formats, not spaces
    }

    [Fact]
    public void Charts_ArePicturesOnTheirOwnSheet_AuditCanBeLeftOut()
    {
        using (var doc = SpreadsheetDocument.Open(Write(), false))
        {
            var wb = doc.WorkbookPart!;
            var part = (WorksheetPart)wb.GetPartById(wb.Workbook.Descendants<S.Sheet>().Single(s => s.Name == "Biểu đồ").Id!);
            Assert.True(part.DrawingsPart!.ImageParts.Count() >= 3);
            Assert.NotNull(part.Worksheet.GetFirstChild<S.Drawing>());
            Assert.Contains(wb.Workbook.Descendants<S.Sheet>(), s => s.Name == "Kiểm tra");
        }

        using var without = SpreadsheetDocument.Open(Write(new RenderOptions { IncludeAudit = false }), false);
        Assert.DoesNotContain(without.WorkbookPart!.Workbook.Descendants<S.Sheet>(), s => s.Name == "Kiểm tra");
    }
}
