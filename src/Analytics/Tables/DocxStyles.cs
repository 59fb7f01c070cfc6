using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tables;

/// <summary>
/// The paragraph styles of a report in the administrative form (Decree 30/2020/NĐ-CP): Times New Roman, body 14 pt
/// justified with a 1 cm first-line indent and 6 pt after, Heading 1–3 (so the navigation pane and a table of contents
/// work), captions kept with what follows, table text, notes. Styles a template already defines are kept as they are.
/// </summary>
internal static class DocxStyles
{
    internal const string Body = "BodyText";
    internal const string Caption = "Caption";
    internal const string TableText = "TableText";
    internal const string TableHead = "TableHeading";
    internal const string Note = "Note";
    internal const string Block = "AdminBlock";
    internal const string Header = "Header";
    internal const string Font = "Times New Roman";

    /// <summary>The body's font size in half-points (14 pt).</summary>
    internal const int BodySize = 28;

    /// <summary>Adds the styles the report uses and the document lacks; with <paramref name="isNew"/> also the defaults (font, size, language).</summary>
    internal static void Ensure(MainDocumentPart main, string lang, bool isNew)
    {
        var part = main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        part.Styles ??= new W.Styles();
        var styles = part.Styles;
        if (isNew || styles.DocDefaults is null)
        {
            styles.DocDefaults?.Remove();
            styles.PrependChild(new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(Fonts(), new W.FontSize { Val = Half(BodySize) }, new W.FontSizeComplexScript { Val = Half(BodySize) }, new W.Languages { Val = lang })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }))));
        }

        var have = styles.Elements<W.Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        void Add(W.Style s)
        {
            if (have.Add(s.StyleId!.Value!))
            {
                styles.Append(s);
            }
        }

        Add(Paragraph("Normal", "Normal", null, new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "0" }), new W.StyleRunProperties(Fonts(), new W.FontSize { Val = Half(BodySize) }), isDefault: true));
        Add(Paragraph(Body, "Body Text", "Normal",
            new W.StyleParagraphProperties(new W.SpacingBetweenLines { Before = "0", After = "120", Line = "288", LineRule = W.LineSpacingRuleValues.Auto }, new W.Indentation { FirstLine = "567" }, new W.Justification { Val = W.JustificationValues.Both }),
            new W.StyleRunProperties(new W.FontSize { Val = Half(BodySize) })));
        Add(Heading(1, "heading 1", new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = Half(BodySize) })));
        Add(Heading(2, "heading 2", new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = Half(BodySize) })));
        Add(Heading(3, "heading 3", new W.StyleRunProperties(new W.Bold(), new W.Italic(), new W.FontSize { Val = Half(BodySize) })));
        Add(Paragraph(Caption, "caption", "Normal",
            new W.StyleParagraphProperties(new W.KeepNext(), new W.KeepLines(), new W.SpacingBetweenLines { Before = "120", After = "60" }, new W.Justification { Val = W.JustificationValues.Center }),
            new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = "26" })));
        Add(Paragraph(TableText, "Table Text", "Normal",
            new W.StyleParagraphProperties(new W.SpacingBetweenLines { Before = "20", After = "20" }),
            new W.StyleRunProperties(new W.FontSize { Val = "22" })));
        Add(Paragraph(TableHead, "Table Heading", TableText,
            new W.StyleParagraphProperties(new W.KeepNext(), new W.Justification { Val = W.JustificationValues.Center }),
            new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = "22" })));
        // Notes (under the tables, the audit appendix, "Ghi chú") at the tables' 11 pt with 3 pt between them: they are
        // the annex's apparatus, not the body (Decree 30's 13–14 pt is the body's), and the seed report keeps to 8 pages.
        Add(Paragraph(Note, "Note", "Normal",
            new W.StyleParagraphProperties(new W.SpacingBetweenLines { Before = "20", After = "60" }, new W.Justification { Val = W.JustificationValues.Both }),
            new W.StyleRunProperties(new W.FontSize { Val = "22" })));
        Add(Paragraph(Block, "Administrative Block", "Normal",
            new W.StyleParagraphProperties(new W.SpacingBetweenLines { Before = "0", After = "0" }, new W.Justification { Val = W.JustificationValues.Center }),
            new W.StyleRunProperties(new W.FontSize { Val = "26" })));
        Add(Paragraph(Header, "header", "Normal",
            new W.StyleParagraphProperties(new W.Justification { Val = W.JustificationValues.Center }),
            new W.StyleRunProperties(new W.FontSize { Val = "26" })));
    }

    internal static W.RunFonts Fonts() => new() { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };

    private static string Half(int halfPoints) => halfPoints.ToString(CultureInfo.InvariantCulture);

    private static W.Style Heading(int level, string name, W.StyleRunProperties run)
        => Paragraph(
            "Heading" + level.ToString(CultureInfo.InvariantCulture),
            name,
            "Normal",
            new W.StyleParagraphProperties(
                new W.KeepNext(),
                new W.KeepLines(),
                new W.SpacingBetweenLines { Before = "120", After = "120" },
                new W.Indentation { FirstLine = "567" },
                new W.Justification { Val = W.JustificationValues.Both },
                new W.OutlineLevel { Val = level - 1 }),
            run,
            next: Body);

    private static W.Style Paragraph(string id, string name, string? basedOn, W.StyleParagraphProperties p, W.StyleRunProperties r, bool isDefault = false, string? next = null)
    {
        var s = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        s.Append(new W.StyleName { Val = name });
        if (basedOn is not null)
        {
            s.Append(new W.BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            s.Append(new W.NextParagraphStyle { Val = next });
        }

        s.Append(new W.PrimaryStyle());
        s.Append(p);
        s.Append(r);
        return s;
    }
}
