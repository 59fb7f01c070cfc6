using System.Globalization;
using Analytics.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tables;

/// <summary>
/// Writes a report as an Excel workbook (.xlsx): one sheet per annex table with numbers stored as numbers (so they
/// add up in Excel and read back exactly), a sheet with the narrative and one with the audit's findings.
/// </summary>
public static class XlsxRenderer
{
    private const uint Bold = 1;
    private const uint FirstNumberFormat = 2; // styles 2..8: #,##0 with 0..6 decimals

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The .xlsx file to create (overwritten).</param>
    public static void Write(Report report, string path)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(path);
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new S.Workbook();
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = wb.Workbook.AppendChild(new S.Sheets());
        var vi = report.Style.IsVietnamese;

        var text = new List<IReadOnlyList<object?>> { new object?[] { report.Title } };
        foreach (var (heading, paragraphs) in report.Sections)
        {
            text.Add([heading]);
            text.AddRange(paragraphs.Select(p => (IReadOnlyList<object?>)[p.Text]));
        }

        AddSheet(wb, sheets, vi ? "Nội dung" : "Narrative", text, boldRows: [0]);
        foreach (var (t, i) in report.Tables.Select((t, i) => (t, i)))
        {
            var rows = new List<IReadOnlyList<object?>> { new object?[] { t.Title }, t.Columns.Cast<object?>().ToList() };
            rows.AddRange(t.Rows.Select(r => (IReadOnlyList<object?>)new object?[] { new string(' ', r.Level * 3) + r.Label, r.Unit }.Concat(r.Cells.Select(c => (object?)c)).ToList()));
            if (t.Footnote.Length > 0)
            {
                rows.Add([t.Footnote]);
            }

            AddSheet(wb, sheets, (vi ? "Biểu " : "Table ") + (i + 1).ToString(CultureInfo.InvariantCulture), rows, boldRows: [0, 1]);
        }

        var auditText = new Analytics.Narrative.AuditNarrator(report.Style);
        var audit = new List<IReadOnlyList<object?>> { new object?[] { "severity", "check", "indicator", "period", "stated", "recomputed", "tolerance", "message" } };
        audit.AddRange(report.Findings.Select(f => (IReadOnlyList<object?>)new object?[]
        {
            f.Severity.ToString().ToLowerInvariant(), f.Check.ToString(), f.Indicator, f.Period.ToString(),
            Num(f.Expected), Num(f.Actual), Num(f.Tolerance), auditText.Describe(f),
        }));
        AddSheet(wb, sheets, vi ? "Kiểm tra" : "Audit", audit, boldRows: [0]);
        wb.Workbook.Save();

        static object? Num(double v) => double.IsNaN(v) ? null : new TableCell(v, 4);
    }

    private static void AddSheet(WorkbookPart wb, S.Sheets sheets, string name, List<IReadOnlyList<object?>> rows, int[] boldRows)
    {
        var part = wb.AddNewPart<WorksheetPart>();
        var data = new S.SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new S.Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var reference = Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                switch (rows[r][c])
                {
                    case TableCell { IsNumber: true } cell:
                        row.Append(new S.Cell { CellReference = reference, CellValue = new S.CellValue(cell.Value), StyleIndex = FirstNumberFormat + (uint)Math.Clamp(cell.Decimals, 0, 6) });
                        break;
                    case TableCell cell:
                        if (cell.Text is not null)
                        {
                            row.Append(InlineText(reference, cell.Text, false));
                        }

                        break;
                    case string s when s.Length > 0:
                        row.Append(InlineText(reference, s, boldRows.Contains(r)));
                        break;
                }
            }

            data.Append(row);
        }

        part.Worksheet = new S.Worksheet(new S.Columns(new S.Column { Min = 1, Max = 1, Width = 48, CustomWidth = true }, new S.Column { Min = 2, Max = 12, Width = 16, CustomWidth = true }), data);
        sheets.Append(new S.Sheet { Id = wb.GetIdOfPart(part), SheetId = (uint)(sheets.Count() + 1), Name = name });
    }

    private static S.Cell InlineText(string reference, string text, bool bold)
        => new() { CellReference = reference, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(text) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = bold ? Bold : 0U };

    private static string Column(int index)
    {
        var s = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            s = (char)('A' + ((i - 1) % 26)) + s;
        }

        return s;
    }

    private static S.Stylesheet Stylesheet()
    {
        var formats = new S.NumberingFormats();
        var cellFormats = new S.CellFormats(
            new S.CellFormat(),
            new S.CellFormat { FontId = 1, ApplyFont = true });
        for (var d = 0; d <= 6; d++)
        {
            var id = (uint)(164 + d);
            formats.Append(new S.NumberingFormat { NumberFormatId = id, FormatCode = d == 0 ? "#,##0" : "#,##0." + new string('0', d) });
            cellFormats.Append(new S.CellFormat { NumberFormatId = id, ApplyNumberFormat = true });
        }

        formats.Count = (uint)formats.Count();
        cellFormats.Count = (uint)cellFormats.Count();
        return new S.Stylesheet(
            formats,
            new S.Fonts(new S.Font(new S.FontName { Val = "Times New Roman" }), new S.Font(new S.Bold(), new S.FontName { Val = "Times New Roman" })) { Count = 2 },
            new S.Fills(new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }), new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 })) { Count = 2 },
            new S.Borders(new S.Border()) { Count = 1 },
            cellFormats);
    }
}
