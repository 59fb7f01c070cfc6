using System.Globalization;
using Analytics.Charts;
using Analytics.Internal;
using Analytics.Narrative;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tables;

/// <summary>
/// Writes a report as a Word document (.docx) in the form of a Vietnamese administrative document (Decree
/// 30/2020/NĐ-CP): the header block (issuing body, number and symbol; national title and motto; place and date) from
/// the style's <see cref="DocumentProfile"/>, "BÁO CÁO" and its summary line, the body in Times New Roman 14 pt with
/// Heading 1–3 styles, charts as pictures, "Nơi nhận" and the signer, then the annex tables (landscape, borders,
/// repeated header rows) and the audit as an appendix. A4, margins 20 mm top and bottom, 30 mm left, 20 mm right;
/// page numbers at the top from the second page.
/// </summary>
public static class DocxRenderer
{
    // A4 in twips, and the margins of Decree 30: top and bottom 20 mm, left 30 mm, right 20 mm.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1134;
    private const int MarginBottom = 1134;
    private const int MarginLeft = 1701;
    private const int MarginRight = 1134;

    /// <summary>Writes the report with the default options.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The .docx file to create (overwritten).</param>
    public static void Write(Report report, string path) => Write(report, path, RenderOptions.Default);

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The .docx file to create (overwritten).</param>
    /// <param name="options">A template, whether to include the audit and the charts.</param>
    /// <exception cref="FileNotFoundException">The template does not exist.</exception>
    /// <exception cref="FormatException">The template is not a Word document; the message names it.</exception>
    public static void Write(Report report, string path, RenderOptions options)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(options);
        // Relationships named and entries stamped (PackageWriter): the same report makes the same bytes.
        using (var doc = Open(path, options.TemplatePath))
        {
            WriteParts(report, doc, options);
        }

        PackageWriter.StampEntries(path);
    }

    private static void WriteParts(Report report, WordprocessingDocument doc, RenderOptions options)
    {
        var main = doc.MainDocumentPart ?? doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
        var templateSection = main.Document?.Body?.Elements<W.SectionProperties>().LastOrDefault()?.CloneNode(true) as W.SectionProperties;
        var lang = report.Style.IsVietnamese ? "vi-VN" : "en-US";
        DocxStyles.Ensure(main, lang, isNew: options.TemplatePath is null);
        var w = new DocxWriter(main, report, lang);

        var portrait = templateSection ?? Portrait(main);
        if (templateSection is not null && !templateSection.Elements<W.HeaderReference>().Any())
        {
            AddPageNumbers(main, portrait);
        }

        w.Write(options, portrait, Landscape(portrait));
        main.Document!.Save();
    }

    private static WordprocessingDocument Open(string path, string? template)
    {
        if (template is null)
        {
            return WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        }

        if (!File.Exists(template))
        {
            throw new FileNotFoundException($"The template {template} does not exist; give a Word file (.docx) whose styles, header and page setup the report should use.", template);
        }

        File.Copy(template, path, overwrite: true);
        try
        {
            var doc = WordprocessingDocument.Open(path, true);
            if (doc.DocumentType != WordprocessingDocumentType.Document)
            {
                doc.ChangeDocumentType(WordprocessingDocumentType.Document);
            }

            return doc;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException)
        {
            File.Delete(path);
            throw new FormatException($"The template {template} is not a Word document (.docx): {e.Message} Save it from Word or LibreOffice as .docx and try again.", e);
        }
    }

    // A4 portrait, the margins of Decree 30, no page number on the first page, the number centred at the top after it.
    private static W.SectionProperties Portrait(MainDocumentPart main)
    {
        var section = new W.SectionProperties(
            new W.PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight, Orient = W.PageOrientationValues.Portrait },
            new W.PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = (UInt32Value)(uint)MarginLeft, Right = (UInt32Value)(uint)MarginRight, Header = 567U, Footer = 567U, Gutter = 0U },
            new W.TitlePage());
        AddPageNumbers(main, section);
        return section;
    }

    private static void AddPageNumbers(MainDocumentPart main, W.SectionProperties section)
    {
        var header = main.Parts.Any(p => p.RelationshipId == "rIdPageHeader") ? main.AddNewPart<HeaderPart>() : main.AddNewPart<HeaderPart>("rIdPageHeader");
        header.Header = new W.Header(new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyles.Header }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            new W.Run(new W.FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            new W.Run(new W.Text("2")),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End })));
        header.Header.Save();
        section.PrependChild(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        if (!section.Elements<W.TitlePage>().Any())
        {
            section.Append(new W.TitlePage());
        }
    }

    // The annex tables' section: the same page turned a quarter, its headers inherited, numbered on.
    private static W.SectionProperties Landscape(W.SectionProperties portrait)
    {
        var s = (W.SectionProperties)portrait.CloneNode(true);
        foreach (var r in s.Elements<W.HeaderReference>().Cast<OpenXmlElement>().Concat(s.Elements<W.FooterReference>()).Concat(s.Elements<W.TitlePage>()).ToList())
        {
            r.Remove();
        }

        var size = s.GetFirstChild<W.PageSize>();
        var (width, height) = (size?.Width?.Value ?? (uint)PageWidth, size?.Height?.Value ?? (uint)PageHeight);
        size?.Remove();
        s.PrependChild(new W.PageSize { Width = Math.Max(width, height), Height = Math.Min(width, height), Orient = W.PageOrientationValues.Landscape });
        s.PrependChild(new W.SectionType { Val = W.SectionMarkValues.NextPage });
        return s;
    }

    /// <summary>The width between the margins of a section, in twips.</summary>
    internal static int TextWidth(W.SectionProperties s)
    {
        var size = s.GetFirstChild<W.PageSize>();
        var margin = s.GetFirstChild<W.PageMargin>();
        return (int)(size?.Width?.Value ?? PageWidth) - (int)(margin?.Left?.Value ?? MarginLeft) - (int)(margin?.Right?.Value ?? MarginRight);
    }

    internal static string Twips(int v) => v.ToString(CultureInfo.InvariantCulture);
}
