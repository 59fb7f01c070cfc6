using Analytics.Narrative;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tables;

/// <summary>An annex table in Word: single borders, the header row repeated on every page, rows never split, parts indented.</summary>
internal sealed class DocxTable(ReportTable table, NarrativeStyle style, string lang)
{
    internal W.Table Build(int width)
    {
        // The label takes about 30% of the width, the unit 8%, the numbers share the rest equally.
        var numbers = Math.Max(table.Columns.Count - 2, 0);
        var label = width * 30 / 100;
        var unit = width * 8 / 100;
        var each = numbers == 0 ? 0 : (width - label - unit) / numbers;
        var widths = new[] { label, unit }.Concat(Enumerable.Repeat(each, numbers)).ToArray();
        var t = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Type = W.TableWidthUnitValues.Dxa, Width = DocxRenderer.Twips(widths.Sum()) },
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableBorders(Border<W.TopBorder>(), Border<W.BottomBorder>(), Border<W.LeftBorder>(), Border<W.RightBorder>(), Border<W.InsideHorizontalBorder>(), Border<W.InsideVerticalBorder>()),
                new W.TableCellMarginDefault(new W.TableCellLeftMargin { Width = 70, Type = W.TableWidthValues.Dxa }, new W.TableCellRightMargin { Width = 70, Type = W.TableWidthValues.Dxa })),
            new W.TableGrid(widths.Select(w => new W.GridColumn { Width = DocxRenderer.Twips(w) })));
        var header = new W.TableRow(new W.TableRowProperties(new W.TableHeader(), new W.CantSplit()));
        foreach (var (i, c) in table.Columns.Index())
        {
            header.Append(Cell(widths[i], Paragraph(c, DocxStyles.TableHead, W.JustificationValues.Center, bold: false), shade: true));
        }

        t.Append(header);
        foreach (var r in table.Rows)
        {
            var row = new W.TableRow(new W.TableRowProperties(new W.CantSplit()));
            if (r.IsHeading)
            {
                var p = Paragraph(r.Label, DocxStyles.TableText, W.JustificationValues.Left, bold: true, italic: true, indent: r.Level);
                var cell = Cell(widths.Sum(), p);
                cell.TableCellProperties!.Append(new W.GridSpan { Val = widths.Length });
                row.Append(cell);
                KeepWithNext(p);
                t.Append(row);
                continue;
            }

            row.Append(Cell(widths[0], Paragraph(r.Label, DocxStyles.TableText, W.JustificationValues.Left, bold: r.Level == 0, indent: r.Level)));
            row.Append(Cell(widths[1], Paragraph(r.Unit, DocxStyles.TableText, W.JustificationValues.Center)));
            foreach (var (i, cell) in r.Cells.Index())
            {
                row.Append(Cell(widths[Math.Min(i + 2, widths.Length - 1)], Paragraph(cell.Format(style.Culture), DocxStyles.TableText, W.JustificationValues.Right, bold: r.Level == 0)));
            }

            t.Append(row);
        }

        return t;
    }

    private static void KeepWithNext(W.Paragraph p) => p.ParagraphProperties!.Append(new W.KeepNext());

    private static T Border<T>()
        where T : W.BorderType, new()
        => new() { Val = W.BorderValues.Single, Size = 4U, Color = "000000" };

    private static W.TableCell Cell(int width, W.Paragraph p, bool shade = false)
    {
        var props = new W.TableCellProperties(new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = DocxRenderer.Twips(width) });
        if (shade)
        {
            props.Append(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
            props.Append(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center });
        }

        return new W.TableCell(props, p);
    }

    private W.Paragraph Paragraph(string text, string styleId, W.JustificationValues justification, bool bold = false, bool italic = false, int indent = 0)
    {
        var pp = new W.ParagraphProperties(new W.ParagraphStyleId { Val = styleId }, new W.Justification { Val = justification });
        if (indent > 0)
        {
            pp.Append(new W.Indentation { Left = DocxRenderer.Twips(indent * 200) });
        }

        W.RunProperties? rp = null;
        if (bold || italic)
        {
            rp = new W.RunProperties();
            if (bold)
            {
                rp.Append(new W.Bold());
            }

            if (italic)
            {
                rp.Append(new W.Italic());
            }
        }

        var p = new W.Paragraph(pp);
        p.Append(DocxWriter.Runs(text, rp, lang));
        return p;
    }
}
