using System.Globalization;
using Analytics.Charts;
using Analytics.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using S = DocumentFormat.OpenXml.Spreadsheet;
using X = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Analytics.Tables;

/// <summary>
/// Writes a report as an Excel workbook (.xlsx) ready to print: one sheet per annex table with numbers stored as
/// numbers (so they add up in Excel and read back exactly) and bounds such as "&gt;200" in a note column, wrapped
/// header rows, borders, parts indented by the cell's indent (not spaces), the header row repeated on every printed
/// page, A4 landscape fitted to the page width; a wrapped sheet with the narrative, a sheet with the charts as
/// pictures and one with the audit's findings.
/// </summary>
public static class XlsxRenderer
{
    private const uint Title = 1;
    private const uint Header = 2;
    private const uint Label0 = 3; // 3, 4, 5: indent 0, 1, 2 (level 0 bold)
    private const uint SubHeading = 6;
    private const uint UnitStyle = 7;
    private const uint FirstNumberFormat = 8; // 8..14: #,##0 with 0..6 decimals, bordered
    private const uint NoteCell = 15;
    private const uint Wrapped = 16;
    private const uint Footnote = 17;
    private const uint Bordered = 18;
    private const double LabelWidth = 46;
    private const double NumberWidth = 14;

    /// <summary>Writes the report with the default options.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The .xlsx file to create (overwritten).</param>
    public static void Write(Report report, string path) => Write(report, path, RenderOptions.Default);

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The .xlsx file to create (overwritten).</param>
    /// <param name="options">Whether to include the audit sheet and the charts sheet (the template applies to Word only).</param>
    public static void Write(Report report, string path, RenderOptions options)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(options);
        // Relationships named and entries stamped (PackageWriter): the same report makes the same bytes.
        using (PackageWriter.CreateWorkbook(path, out var wb))
        {
            WriteParts(report, wb, options);
        }

        PackageWriter.StampEntries(path);
    }

    private static void WriteParts(Report report, WorkbookPart wb, RenderOptions options)
    {
        wb.Workbook = new S.Workbook();
        var styles = wb.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = Stylesheet();
        var sheets = wb.Workbook.AppendChild(new S.Sheets());
        var names = new S.DefinedNames();
        var vi = report.Style.IsVietnamese;
        var c = report.Style.Culture;

        // The narrative: one wrapped paragraph per row, printed on A4 portrait at the page's width.
        var text = new Sheet(wb, sheets, vi ? "Nội dung" : "Narrative", [95]);
        var profile = report.Style.Document;
        if (profile.HasHeader)
        {
            text.Row([(profile.ParentBody.Length > 0 ? profile.ParentBody + " – " : string.Empty) + profile.IssuingBody], Title);
        }

        text.Row([report.Title], Title);
        foreach (var (heading, paragraphs) in report.Sections)
        {
            text.Row([heading], Title);
            foreach (var p in paragraphs)
            {
                text.Row([p.Text], Wrapped);
            }
        }

        text.Finish(landscape: false, names, titleRow: -1);

        foreach (var (i, t) in report.Tables.Index())
        {
            var columns = t.Columns.Count;
            var widths = new[] { LabelWidth, 11.0 }.Concat(Enumerable.Repeat(NumberWidth, columns - 2)).Append(24.0).ToArray();
            var sheet = new Sheet(wb, sheets, (vi ? "Biểu " : "Table ") + (i + 1).ToString(CultureInfo.InvariantCulture), widths);
            sheet.Row([t.Title], Title, merge: true);
            var headerRow = sheet.Row([.. t.Columns, vi ? "Ghi chú" : "Notes"], Header);
            foreach (var r in t.Rows)
            {
                if (r.IsHeading)
                {
                    sheet.Row([r.Label, .. Enumerable.Repeat(string.Empty, columns)], SubHeading);
                    continue;
                }

                // A bound (">200") is not a number: its cell stays empty and the note column says it.
                var notes = r.Cells.Select((cell, k) => (cell, k)).Where(x => !x.cell.IsNumber && x.cell.Text is not null)
                    .Select(x => t.Columns[x.k + 2] + ": " + x.cell.Text).ToList();
                object?[] values = [r.Label, r.Unit, .. r.Cells.Select(cell => (object?)(cell.IsNumber ? cell : null)), string.Join("; ", notes)];
                sheet.Row(values, Label0 + (uint)Math.Clamp(r.Level, 0, 2), levelBold: r.Level == 0);
            }

            if (t.Footnote.Length > 0)
            {
                sheet.Row([t.Footnote], Footnote, merge: true);
            }

            sheet.Finish(landscape: true, names, titleRow: headerRow);
        }

        if (options.IncludeCharts && report.Charts.Count > 0)
        {
            AddCharts(wb, sheets, report, vi, names);
        }

        if (options.IncludeAudit)
        {
            var audit = new Sheet(wb, sheets, vi ? "Kiểm tra" : "Audit", [10, 20, 12, 18, 13, 13, 11, 70]);
            var head = audit.Row(["severity", "check", "indicator", "period", "stated", "recomputed", "tolerance", "message"], Header);
            var auditText = new Analytics.Narrative.AuditNarrator(report.Style);
            foreach (var f in report.Findings)
            {
                audit.Row([f.Severity.ToString().ToLowerInvariant(), f.Check.ToString(), f.Indicator, f.Period.ToString(), Num(f.Expected), Num(f.Actual), Num(f.Tolerance), auditText.Describe(f)], Bordered);
            }

            foreach (var w in report.InputWarnings)
            {
                audit.Row(["warning", "input", null, null, null, null, null, w], Bordered);
            }

            audit.Finish(landscape: true, names, titleRow: head);
        }

        if (names.HasChildren)
        {
            wb.Workbook.Append(names);
        }

        wb.Workbook.Save();

        static object? Num(double v) => double.IsNaN(v) ? null : new TableCell(v, 4);
    }

    // One picture per chart, each under its caption, 16 cm wide, on a sheet of its own printed on A4 portrait.
    private static void AddCharts(WorkbookPart wb, S.Sheets sheets, Report report, bool vi, S.DefinedNames names)
    {
        var sheet = new Sheet(wb, sheets, vi ? "Biểu đồ" : "Charts", [100]);
        var drawings = sheet.Part.AddNewPart<DrawingsPart>("rIdDrawing1");
        drawings.WorksheetDrawing = new X.WorksheetDrawing();
        const long Cx = 5760000; // 16 cm
        const long Cy = Cx * ChartPainter.Height / ChartPainter.Width;
        const int RowsPerChart = 23; // 15 pt rows: 23 × 15 pt ≈ 8.3 cm, the picture's height
        foreach (var (i, chart) in report.Charts.Index())
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            var captionRow = sheet.Row([(vi ? "Hình " : "Figure ") + n + ". " + chart.Title], Title);
            for (var k = 0; k < RowsPerChart; k++)
            {
                sheet.Row([], 0);
            }

            var image = drawings.AddImagePart(ImagePartType.Png, "rIdImage" + n);
            using (var stream = new MemoryStream(report.ChartPng(chart)))
            {
                image.FeedData(stream);
            }

            drawings.WorksheetDrawing.Append(new X.OneCellAnchor(
                new X.FromMarker(new X.ColumnId("0"), new X.ColumnOffset("0"), new X.RowId((captionRow + 1).ToString(CultureInfo.InvariantCulture)), new X.RowOffset("0")),
                new X.Extent { Cx = Cx, Cy = Cy },
                new X.Picture(
                    new X.NonVisualPictureProperties(new X.NonVisualDrawingProperties { Id = (uint)(i + 2), Name = "Chart " + n, Description = chart.Description }, new X.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                    new X.BlipFill(new A.Blip { Embed = drawings.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                    new X.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = Cx, Cy = Cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
                new X.ClientData()));
        }

        sheet.Finish(landscape: false, names, titleRow: -1, drawing: sheet.Part.GetIdOfPart(drawings), rowsPerPage: RowsPerChart + 1);
    }

    private static S.Stylesheet Stylesheet()
    {
        var formats = new S.NumberingFormats();
        for (var d = 0; d <= 6; d++)
        {
            formats.Append(new S.NumberingFormat { NumberFormatId = (uint)(164 + d), FormatCode = d == 0 ? "#,##0" : "#,##0." + new string('0', d) });
        }

        formats.Count = (uint)formats.Count();
        static S.Alignment Align(S.HorizontalAlignmentValues? h = null, bool wrap = false, uint indent = 0, S.VerticalAlignmentValues? v = null)
            => new() { Horizontal = h, WrapText = wrap ? true : null, Indent = indent > 0 ? indent : null, Vertical = v ?? S.VerticalAlignmentValues.Center };
        S.CellFormat F(uint font, uint border, uint fill = 0, S.Alignment? align = null, uint numFmt = 0)
        {
            var f = new S.CellFormat { FontId = font, BorderId = border, FillId = fill, NumberFormatId = numFmt, ApplyFont = true, ApplyBorder = border > 0, ApplyFill = fill > 0, ApplyNumberFormat = numFmt > 0 };
            if (align is not null)
            {
                f.Append(align);
                f.ApplyAlignment = true;
            }

            return f;
        }

        var cellFormats = new S.CellFormats(
            new S.CellFormat(),
            F(2, 0, align: Align(S.HorizontalAlignmentValues.Left, wrap: true)),                                   // 1 title
            F(1, 1, 2, Align(S.HorizontalAlignmentValues.Center, wrap: true)),                                     // 2 header
            F(1, 1, align: Align(S.HorizontalAlignmentValues.Left, wrap: true)),                                   // 3 label, level 0
            F(0, 1, align: Align(S.HorizontalAlignmentValues.Left, wrap: true, indent: 1)),                        // 4 level 1
            F(0, 1, align: Align(S.HorizontalAlignmentValues.Left, wrap: true, indent: 2)),                        // 5 level 2
            F(3, 1, align: Align(S.HorizontalAlignmentValues.Left, wrap: true, indent: 1)),                        // 6 sub-heading
            F(0, 1, align: Align(S.HorizontalAlignmentValues.Center, wrap: true)));                                // 7 unit
        for (var d = 0; d <= 6; d++)
        {
            cellFormats.Append(F(0, 1, align: Align(S.HorizontalAlignmentValues.Right), numFmt: (uint)(164 + d))); // 8..14
        }

        cellFormats.Append(F(0, 1, align: Align(S.HorizontalAlignmentValues.Left, wrap: true)));                   // 15 note
        cellFormats.Append(F(0, 0, align: Align(S.HorizontalAlignmentValues.Justify, wrap: true, v: S.VerticalAlignmentValues.Top))); // 16 paragraph
        cellFormats.Append(F(4, 0, align: Align(S.HorizontalAlignmentValues.Left, wrap: true, v: S.VerticalAlignmentValues.Top)));    // 17 footnote
        cellFormats.Append(F(0, 1, align: Align(S.HorizontalAlignmentValues.Left, wrap: true, v: S.VerticalAlignmentValues.Top)));    // 18 bordered text
        cellFormats.Count = (uint)cellFormats.Count();
        static S.Font Font(bool bold = false, bool italic = false, double size = 11)
        {
            var f = new S.Font();
            if (bold)
            {
                f.Append(new S.Bold());
            }

            if (italic)
            {
                f.Append(new S.Italic());
            }

            f.Append(new S.FontSize { Val = size });
            f.Append(new S.FontName { Val = "Times New Roman" });
            return f;
        }

        var thin = new S.Border(
            new S.LeftBorder(new S.Color { Rgb = "FF000000" }) { Style = S.BorderStyleValues.Thin },
            new S.RightBorder(new S.Color { Rgb = "FF000000" }) { Style = S.BorderStyleValues.Thin },
            new S.TopBorder(new S.Color { Rgb = "FF000000" }) { Style = S.BorderStyleValues.Thin },
            new S.BottomBorder(new S.Color { Rgb = "FF000000" }) { Style = S.BorderStyleValues.Thin },
            new S.DiagonalBorder());
        return new S.Stylesheet(
            formats,
            new S.Fonts(Font(), Font(bold: true), Font(bold: true, size: 13), Font(bold: true, italic: true), Font(italic: true, size: 10)) { Count = 5 },
            new S.Fills(
                new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }),
                new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 }),
                new S.Fill(new S.PatternFill(new S.ForegroundColor { Rgb = "FFE7E6E6" }, new S.BackgroundColor { Indexed = 64U }) { PatternType = S.PatternValues.Solid })) { Count = 3 },
            new S.Borders(new S.Border(), thin) { Count = 2 },
            cellFormats);
    }

    /// <summary>One worksheet being written: rows with styles, row heights for wrapped text, merged rows, print setup.</summary>
    private sealed class Sheet
    {
        private readonly S.SheetData data = new();
        private readonly S.MergeCells merges = new();
        private readonly double[] widths;
        private readonly uint sheetIndex;
        private readonly string name;
        private int rows;

        internal Sheet(WorkbookPart wb, S.Sheets sheets, string name, double[] widths)
        {
            this.widths = widths;
            this.name = name;
            sheetIndex = (uint)sheets.Count();
            Part = wb.AddNewPart<WorksheetPart>("rIdSheet" + (sheetIndex + 1).ToString(CultureInfo.InvariantCulture));
            sheets.Append(new S.Sheet { Id = wb.GetIdOfPart(Part), SheetId = sheetIndex + 1, Name = name });
        }

        internal WorksheetPart Part { get; }

        /// <summary>Appends a row and returns its zero-based index.</summary>
        internal int Row(object?[] values, uint style, bool merge = false, bool levelBold = false)
        {
            var index = rows++;
            var r = new S.Row { RowIndex = (uint)(index + 1) };
            var lines = 1.0;
            for (var col = 0; col < values.Length; col++)
            {
                var reference = Column(col) + (index + 1).ToString(CultureInfo.InvariantCulture);
                var cellStyle = style;
                if (style is >= Label0 and <= Label0 + 2 && col > 0)
                {
                    cellStyle = col == 1 ? UnitStyle : col == values.Length - 1 ? NoteCell : FirstNumberFormat;
                }

                switch (values[col])
                {
                    case TableCell { IsNumber: true } cell:
                        r.Append(new S.Cell { CellReference = reference, CellValue = new S.CellValue(cell.Value), StyleIndex = FirstNumberFormat + (uint)Math.Clamp(cell.Decimals, 0, 6) });
                        break;
                    case string s when s.Length > 0:
                        r.Append(new S.Cell { CellReference = reference, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(Internal.XmlText.Writable(s)) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = cellStyle });
                        var width = merge ? widths.Sum() : widths[Math.Min(col, widths.Length - 1)];
                        // About 1.2 characters of 11 pt Times New Roman per unit of column width; bold and headers take more.
                        lines = Math.Max(lines, Math.Ceiling(s.Length * (style == Header || levelBold || style == Title ? 1.0 : 0.85) / Math.Max(width - 2, 1)));
                        break;
                    default:
                        if (style != 0)
                        {
                            r.Append(new S.Cell { CellReference = reference, StyleIndex = cellStyle });
                        }

                        break;
                }
            }

            if (merge && values.Length == 1)
            {
                merges.Append(new S.MergeCell { Reference = $"A{index + 1}:{Column(widths.Length - 1)}{index + 1}" });
            }

            // Wrapped text needs its height set: Excel does not grow a row when it opens a file.
            if (lines > 1)
            {
                r.Height = (style == Title ? 17 : style == Footnote ? 13.5 : 15) * lines;
                r.CustomHeight = true;
            }

            data.Append(r);
            return index;
        }

        internal void Finish(bool landscape, S.DefinedNames names, int titleRow, StringValue? drawing = null, int rowsPerPage = 0)
        {
            var ws = new S.Worksheet();
            ws.Append(new S.SheetProperties(new S.PageSetupProperties { FitToPage = true }));
            ws.Append(new S.Columns(widths.Select((w, i) => new S.Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
            ws.Append(data);
            if (merges.HasChildren)
            {
                merges.Count = (uint)merges.Count();
                ws.Append(merges);
            }

            ws.Append(new S.PrintOptions { HorizontalCentered = true });
            ws.Append(new S.PageMargins { Left = 0.6, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            ws.Append(new S.PageSetup { PaperSize = 9U, Orientation = landscape ? S.OrientationValues.Landscape : S.OrientationValues.Portrait, FitToWidth = 1U, FitToHeight = 0U });
            ws.Append(new S.HeaderFooter(new S.OddFooter("&C&P / &N")));
            if (rowsPerPage > 0)
            {
                // Two charts to a page, never one cut across pages.
                var breaks = new S.RowBreaks();
                for (var r = 2 * rowsPerPage; r < rows; r += 2 * rowsPerPage)
                {
                    breaks.Append(new S.Break { Id = (uint)r, Max = 16383U, ManualPageBreak = true });
                }

                if (breaks.HasChildren)
                {
                    breaks.Count = (uint)breaks.Count();
                    breaks.ManualBreakCount = breaks.Count;
                    ws.Append(breaks);
                }
            }

            if (drawing is not null)
            {
                ws.Append(new S.Drawing { Id = drawing });
            }

            Part.Worksheet = ws;
            if (titleRow >= 0)
            {
                // The header row printed at the top of every page.
                var row = (titleRow + 1).ToString(CultureInfo.InvariantCulture);
                names.Append(new S.DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!${row}:${row}") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetIndex });
            }

        }

        private static string Column(int index)
        {
            var s = string.Empty;
            for (var i = index + 1; i > 0; i = (i - 1) / 26)
            {
                s = (char)('A' + ((i - 1) % 26)) + s;
            }

            return s;
        }
    }
}
