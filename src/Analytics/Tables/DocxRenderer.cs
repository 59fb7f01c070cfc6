using Analytics.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tables;

/// <summary>Writes a report as a Word document (.docx, Office Open XML), with real tables.</summary>
public static class DocxRenderer
{
    private static readonly int[] LabelWidths = [2900, 1100];

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The .docx file to create (overwritten).</param>
    public static void Write(Report report, string path)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(path);
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new W.Body();
        main.Document = new W.Document(body);
        var lang = report.Style.IsVietnamese ? "vi-VN" : "en-US";
        var h = report.Headings;

        body.Append(Para(report.Title, lang, bold: true, size: 30, center: true));
        body.Append(Para(h.Section, lang, bold: true, size: 26));
        foreach (var (heading, paragraphs) in report.Sections)
        {
            body.Append(Para(heading, lang, bold: true, size: 26));
            foreach (var p in paragraphs)
            {
                body.Append(Para(p.Text, lang, justify: true));
            }
        }

        if (report.Tables.Count > 0)
        {
            body.Append(Para(h.Annex, lang, bold: true, size: 26));
            foreach (var t in report.Tables)
            {
                body.Append(Para(t.Title, lang, bold: true));
                body.Append(Table(t, report, lang));
                if (t.Footnote.Length > 0)
                {
                    body.Append(Para(t.Footnote, lang, italic: true, size: 20));
                }
            }
        }

        body.Append(Para(h.Audit, lang, bold: true, size: 26));
        body.Append(Para(h.Summary, lang));
        foreach (var f in report.Findings)
        {
            body.Append(Para("• " + report.FindingLine(f), lang, size: 20));
        }

        if (report.Notes.Count > 0)
        {
            body.Append(Para(h.Notes, lang, bold: true, size: 26));
            foreach (var n in report.Notes)
            {
                body.Append(Para("• " + n, lang, size: 20));
            }
        }

        // A4 portrait with 2 cm margins, as provincial reports are printed.
        body.Append(new W.SectionProperties(
            new W.PageSize { Width = 11906U, Height = 16838U },
            new W.PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U }));
        main.Document.Save();
    }

    private static W.Paragraph Para(string text, string lang, bool bold = false, bool italic = false, int size = 24, bool center = false, bool justify = false, bool right = false)
    {
        var runProps = new W.RunProperties(new W.RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold)
        {
            runProps.Append(new W.Bold());
        }

        if (italic)
        {
            runProps.Append(new W.Italic());
        }

        runProps.Append(new W.FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        runProps.Append(new W.Languages { Val = lang });
        var justification = center ? W.JustificationValues.Center : justify ? W.JustificationValues.Both : right ? W.JustificationValues.Right : W.JustificationValues.Left;
        return new W.Paragraph(
            new W.ParagraphProperties(new W.Justification { Val = justification }, new W.SpacingBetweenLines { After = "120" }),
            new W.Run(runProps, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static W.Table Table(ReportTable t, Report report, string lang)
    {
        static W.BorderType Border<T>()
            where T : W.BorderType, new()
            => new T { Val = W.BorderValues.Single, Size = 4U, Color = "808080" };

        // The page is 9,638 twips wide between margins: the label takes a third, the unit a tenth, the numbers the rest.
        var widths = LabelWidths.Concat(Enumerable.Repeat((9638 - 4000) / Math.Max(t.Columns.Count - 2, 1), Math.Max(t.Columns.Count - 2, 0))).ToArray();
        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Type = W.TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableBorders(Border<W.TopBorder>(), Border<W.BottomBorder>(), Border<W.LeftBorder>(), Border<W.RightBorder>(), Border<W.InsideHorizontalBorder>(), Border<W.InsideVerticalBorder>())),
            new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        W.TableCell Cell(W.Paragraph p, int column) => new(new W.TableCellProperties(new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = widths[Math.Min(column, widths.Length - 1)].ToString(System.Globalization.CultureInfo.InvariantCulture) }), p);
        var header = new W.TableRow(new W.TableRowProperties(new W.TableHeader()));
        foreach (var (c, i) in t.Columns.Select((c, i) => (c, i)))
        {
            header.Append(Cell(Para(c, lang, bold: true, size: 18, center: true), i));
        }

        table.Append(header);
        foreach (var r in t.Rows)
        {
            var row = new W.TableRow();
            row.Append(Cell(Para(new string(' ', r.Level * 3) + r.Label, lang, bold: r.Level == 0, size: 18), 0));
            row.Append(Cell(Para(r.Unit, lang, size: 18, center: true), 1));
            foreach (var (cell, i) in r.Cells.Select((c, i) => (c, i)))
            {
                row.Append(Cell(Para(cell.Format(report.Style.Culture), lang, size: 18, right: true), i + 2));
            }

            table.Append(row);
        }

        return table;
    }
}
