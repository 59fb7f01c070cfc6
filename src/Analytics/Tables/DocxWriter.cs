using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Audit;
using Analytics.Charts;
using Analytics.Narrative;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tables;

/// <summary>Writes the body of a report's Word document: header block, sections, charts, signature, annex, audit.</summary>
internal sealed partial class DocxWriter(MainDocumentPart main, Report report, string lang)
{
    private const long EmuPerTwip = 635;
    private readonly W.Body body = new();
    private readonly CultureInfo c = report.Style.Culture;
    private readonly bool vi = report.Style.IsVietnamese;
    private readonly DocumentProfile profile = report.Style.Document;
    private int figure;

    internal void Write(RenderOptions options, W.SectionProperties portrait, W.SectionProperties landscape)
    {
        var width = DocxRenderer.TextWidth(portrait);
        if (profile.HasHeader)
        {
            body.Append(HeaderBlock(width));
        }

        body.Append(Para(vi ? "BÁO CÁO" : "REPORT", DocxStyles.Block, Bold(28), before: profile.HasHeader ? 360 : 0));
        body.Append(Para(report.Title, DocxStyles.Block, Bold(28)));
        body.Append(Rule(width, width / 4));

        var h = report.Headings;
        body.Append(Para(h.Section, "Heading1"));
        var sections = report.Sections;
        var chartsBySection = report.ChartsBySection();
        foreach (var (index, (heading, paragraphs)) in sections.Index())
        {
            body.Append(Para(heading, Report.IsPart(heading) ? "Heading1" : "Heading2"));
            foreach (var p in paragraphs)
            {
                body.Append(Para(p.Text, DocxStyles.Body));
            }

            if (!options.IncludeCharts)
            {
                continue;
            }

            foreach (var chart in chartsBySection[index])
            {
                Picture(chart, width);
            }
        }

        if (profile.IssuerName.Length > 0)
        {
            var subject = PhraseBook.Decapitalize(report.Title, c);
            body.Append(Para(vi ? $"Trên đây là báo cáo {subject}, {profile.IssuerName} trân trọng báo cáo./." : $"This is the report on {subject} of {profile.IssuerName}.", DocxStyles.Body));
        }

        if (profile.HasSignature)
        {
            body.Append(Signature(width));
        }

        if (report.Tables.Count > 0)
        {
            // The portrait part ends here; the annex tables are on landscape pages.
            body.Append(new W.Paragraph(new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0" }, (W.SectionProperties)portrait.CloneNode(true))));
            var annexWidth = DocxRenderer.TextWidth(landscape);
            body.Append(Para(h.Annex, "Heading1"));
            foreach (var t in report.Tables)
            {
                body.Append(Para(t.Title, DocxStyles.Caption));
                body.Append(new DocxTable(t, report.Style, lang).Build(annexWidth));
                if (t.Footnote.Length > 0)
                {
                    body.Append(Para(t.Footnote, DocxStyles.Note, Italic()));
                }
            }
        }

        if (options.IncludeAudit)
        {
            body.Append(Para((vi ? "Phụ lục: " : "Appendix: ") + h.Audit, "Heading1"));
            body.Append(Para(h.Summary, DocxStyles.Note));
            var auditText = new Analytics.Narrative.AuditNarrator(report.Style);
            foreach (var group in report.Findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
            {
                body.Append(Para(Severity(group.Key), "Heading3"));
                foreach (var f in group)
                {
                    // Under its severity's heading: the finding's sentence in the report's language and culture.
                    body.Append(Para("– " + auditText.Describe(f), DocxStyles.Note));
                }
            }

            if (report.InputWarnings.Count > 0)
            {
                body.Append(Para(h.InputWarnings, "Heading3"));
                foreach (var w in report.InputWarnings)
                {
                    body.Append(Para("– " + w, DocxStyles.Note));
                }
            }
        }

        if (report.Notes.Count > 0)
        {
            body.Append(Para(h.Notes, options.IncludeAudit ? "Heading2" : "Heading1"));
            foreach (var n in report.Notes)
            {
                body.Append(Para("– " + n, DocxStyles.Note));
            }
        }

        body.Append(report.Tables.Count > 0 ? landscape : portrait);
        main.Document = new W.Document(body);
    }

    /// <summary>Splits a text into runs, writing a minus or hyphen before a digit as Word's no-break hyphen so that "(-34,2%)" never breaks after the sign.</summary>
    internal static IEnumerable<OpenXmlElement> Runs(string text, W.RunProperties? props, string lang)
    {
        var parts = SignBeforeDigit().Split(text);
        for (var i = 0; i < parts.Length; i++)
        {
            var run = new W.Run();
            var rp = (W.RunProperties?)props?.CloneNode(true) ?? new W.RunProperties();
            rp.Append(new W.Languages { Val = lang });
            run.Append(rp);
            if (i > 0)
            {
                run.Append(new W.NoBreakHyphen());
            }

            if (parts[i].Length > 0)
            {
                run.Append(new W.Text(Internal.XmlText.Writable(parts[i])) { Space = SpaceProcessingModeValues.Preserve });
            }

            yield return run;
        }
    }

    private static W.RunProperties Bold(int halfPoints = 0) => Props(bold: true, size: halfPoints);

    private static W.RunProperties Italic(int halfPoints = 0) => Props(italic: true, size: halfPoints);

    private static W.RunProperties Props(bool bold = false, bool italic = false, int size = 0)
    {
        var rp = new W.RunProperties();
        if (bold)
        {
            rp.Append(new W.Bold());
        }

        if (italic)
        {
            rp.Append(new W.Italic());
        }

        if (size > 0)
        {
            rp.Append(new W.FontSize { Val = DocxRenderer.Twips(size) });
        }

        return rp;
    }

    private W.Paragraph Para(string text, string style, W.RunProperties? props = null, int before = -1, bool keepNext = false)
    {
        var pp = new W.ParagraphProperties(new W.ParagraphStyleId { Val = style });

        // Headings and captions keep with what follows even when a template's style of that name does not.
        if (keepNext || style == DocxStyles.Caption || style.StartsWith("Heading", StringComparison.Ordinal))
        {
            pp.Append(new W.KeepNext());
        }

        if (before >= 0)
        {
            pp.Append(new W.SpacingBetweenLines { Before = DocxRenderer.Twips(before) });
        }

        var p = new W.Paragraph(pp);
        p.Append(Runs(text, props, lang));
        return p;
    }

    // A short centred line under a title: an empty paragraph with a top border, indented to the line's length.
    private static W.Paragraph Rule(int cellWidth, int length, int after = 120)
    {
        var indent = DocxRenderer.Twips(Math.Max((cellWidth - length) / 2, 0));
        return new W.Paragraph(new W.ParagraphProperties(
            new W.ParagraphStyleId { Val = DocxStyles.Block },
            new W.ParagraphBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 6U, Space = 1U, Color = "000000" }),
            new W.SpacingBetweenLines { Before = "20", After = DocxRenderer.Twips(after), Line = "120", LineRule = W.LineSpacingRuleValues.Exact },
            new W.Indentation { Left = indent, Right = indent },
            new W.ParagraphMarkRunProperties(new W.FontSize { Val = "8" })));
    }

    // Decree 30's header block: issuing body and number on the left, national title, motto, place and date on the right.
    private W.Table HeaderBlock(int width)
    {
        var left = width * 2 / 5;
        var right = width - left;
        var number = profile.Number.Length > 0 ? profile.Number : new string(' ', 6);
        var symbol = profile.Symbol.Length > 0 ? "/" + profile.Symbol : string.Empty;
        var day = profile.Day is { } d ? d.ToString("00", CultureInfo.InvariantCulture) : new string(' ', 6);
        var m = report.Period;
        var date = vi
            ? $"{profile.Place}{(profile.Place.Length > 0 ? ", " : string.Empty)}ngày {day} tháng {m.LastMonth.ToString(CultureInfo.InvariantCulture)} năm {m.Year.ToString(CultureInfo.InvariantCulture)}"
            : $"{profile.Place}{(profile.Place.Length > 0 ? ", " : string.Empty)}{m.ToString("L", c)}";
        var leftCell = new List<OpenXmlElement>();
        if (profile.ParentBody.Length > 0)
        {
            leftCell.Add(Para(profile.ParentBody.ToUpper(c), DocxStyles.Block));
        }

        leftCell.Add(Para(profile.IssuingBody.ToUpper(c), DocxStyles.Block, Bold()));
        leftCell.Add(Rule(left, left / 3));
        leftCell.Add(Para((vi ? "Số: " : "No. ") + number + symbol, DocxStyles.Block));
        var rightCell = new List<OpenXmlElement>
        {
            Para(vi ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIET NAM", DocxStyles.Block, Bold(24)),
            Para(vi ? "Độc lập - Tự do - Hạnh phúc" : "Independence - Freedom - Happiness", DocxStyles.Block, Bold(26)),
            Rule(right, right * 3 / 5),
            Para(date, DocxStyles.Block, Italic(28)),
        };
        return Grid([left, right], [leftCell, rightCell]);
    }

    // "Nơi nhận" and its recipients on the left, the signer's authority, title and name on the right.
    private W.Table Signature(int width)
    {
        var left = width / 2;
        var leftCell = new List<OpenXmlElement>();
        if (profile.Recipients.Count > 0)
        {
            var head = Para(vi ? "Nơi nhận:" : "To:", DocxStyles.Block, Props(bold: true, italic: true, size: 24));
            head.ParagraphProperties!.Append(new W.Justification { Val = W.JustificationValues.Left });
            leftCell.Add(head);
            foreach (var r in profile.Recipients)
            {
                var p = Para("- " + r, DocxStyles.Block, Props(size: 22));
                p.ParagraphProperties!.Append(new W.Justification { Val = W.JustificationValues.Left });
                leftCell.Add(p);
            }
        }
        else
        {
            leftCell.Add(new W.Paragraph());
        }

        var rightCell = new List<OpenXmlElement>();
        if (profile.SignerAuthority.Length > 0)
        {
            rightCell.Add(Para(profile.SignerAuthority.ToUpper(c), DocxStyles.Block, Bold(28)));
        }

        rightCell.Add(Para(profile.SignerTitle.ToUpper(c), DocxStyles.Block, Bold(28)));
        for (var i = 0; i < 4; i++)
        {
            rightCell.Add(Para(string.Empty, DocxStyles.Block));
        }

        rightCell.Add(Para(profile.SignerName, DocxStyles.Block, Bold(28)));
        var table = Grid([left, width - left], [leftCell, rightCell]);
        table.GetFirstChild<W.TableProperties>()!.Append(new W.TableCellMarginDefault(new W.TopMargin { Width = "120", Type = W.TableWidthUnitValues.Dxa }));
        return table;
    }

    // A borderless table of one row, a cell per column, for the blocks laid out side by side.
    private static W.Table Grid(int[] widths, List<OpenXmlElement>[] cells)
    {
        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Type = W.TableWidthUnitValues.Dxa, Width = DocxRenderer.Twips(widths.Sum()) },
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableBorders(new W.TopBorder { Val = W.BorderValues.Nil }, new W.BottomBorder { Val = W.BorderValues.Nil }, new W.LeftBorder { Val = W.BorderValues.Nil }, new W.RightBorder { Val = W.BorderValues.Nil }, new W.InsideHorizontalBorder { Val = W.BorderValues.Nil }, new W.InsideVerticalBorder { Val = W.BorderValues.Nil })),
            new W.TableGrid(widths.Select(w => new W.GridColumn { Width = DocxRenderer.Twips(w) })));
        var row = new W.TableRow(new W.TableRowProperties(new W.CantSplit()));
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = DocxRenderer.Twips(widths[i]) }));
            cell.Append(cells[i]);
            row.Append(cell);
        }

        table.Append(row);
        return table;
    }

    private string Severity(FindingSeverity s) => (vi, s) switch
    {
        (true, FindingSeverity.Error) => "Lỗi",
        (true, FindingSeverity.Warning) => "Cảnh báo",
        (true, _) => "Thông tin",
        (false, FindingSeverity.Error) => "Errors",
        (false, FindingSeverity.Warning) => "Warnings",
        _ => "Information",
    };

    // The chart's caption above it (kept with it), the picture centred at the width of the text.
    private void Picture(Chart chart, int width)
    {
        figure++;
        var n = figure.ToString(CultureInfo.InvariantCulture);
        body.Append(Para((vi ? "Hình " : "Figure ") + n + ". " + chart.Title, DocxStyles.Caption));
        var png = report.ChartPng(chart);
        var part = main.Parts.Any(p => p.RelationshipId == "rIdFigure" + n) ? main.AddImagePart(ImagePartType.Png) : main.AddImagePart(ImagePartType.Png, "rIdFigure" + n);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var cx = Math.Min(width, 9071) * EmuPerTwip;
        var cy = cx * ChartPainter.Height / ChartPainter.Width;
        var id = (uint)figure;
        var drawing = new W.Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = "Chart " + n, Description = chart.Description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(new PIC.Picture(
                new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "chart" + n + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        body.Append(new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyles.Block }, new W.SpacingBetweenLines { After = "120" }),
            new W.Run(drawing)));
    }

    // A hyphen-minus before a digit that follows a space, a bracket or the start: "(-34,2%)", "-5,2".
    [GeneratedRegex(@"(?<=^|[\s(\[])-(?=\d)")]
    private static partial Regex SignBeforeDigit();
}
