using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tests.Tables;

/// <summary>The seed report's Word file in the administrative form of Decree 30/2020/NĐ-CP, read back from its XML.</summary>
public class DocxFormTests
{
    private static readonly ObservationStore Store = TestData.Seed();
    private static readonly NarrativeStyle SeedStyle = NarrativeStyle.Load(TestData.Path("thai-binh/style.json"));

    private static Report Seed() => ReportBuilder.Build(Store, Period.Month(2023, 9), SeedStyle);

    private static string Write(RenderOptions? options = null)
    {
        var path = Scratch.Path("form", ".docx");
        DocxRenderer.Write(Seed(), path, options ?? RenderOptions.Default);
        return path;
    }

    private static List<string> Texts(W.Body body) => body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();

    [Fact]
    public void StyleFile_HasTheSeedsProfile()
    {
        var d = SeedStyle.Document;
        Assert.Equal("UBND TỈNH THÁI BÌNH", d.ParentBody);
        Assert.Equal("BC-SCT", d.Symbol);
        Assert.Equal(9, d.Recipients.Count);
        Assert.Equal("Lưu: VT, KHTCTH.", d.Recipients[^1]);
        Assert.Equal("Trần Huy Quân", d.SignerName);
    }

    [Fact]
    public void Seed_PageSetupFontsAndHeadings_FollowDecree30()
    {
        using var doc = WordprocessingDocument.Open(Write(), false);
        var main = doc.MainDocumentPart!;
        var sections = main.Document.Body!.Descendants<W.SectionProperties>().ToList();
        var portrait = sections[0];
        var margin = portrait.GetFirstChild<W.PageMargin>()!;
        Assert.InRange(margin.Top!.Value, 1134, 1417);       // 20–25 mm
        Assert.InRange(margin.Bottom!.Value, 1134, 1417);
        Assert.InRange((int)margin.Left!.Value, 1701, 1984); // 30–35 mm
        Assert.InRange((int)margin.Right!.Value, 850, 1134); // 15–20 mm
        Assert.Equal(11906U, portrait.GetFirstChild<W.PageSize>()!.Width!.Value);
        Assert.NotNull(portrait.GetFirstChild<W.TitlePage>());
        Assert.Equal(W.PageOrientationValues.Landscape, sections[^1].GetFirstChild<W.PageSize>()!.Orient!.Value);

        var styles = main.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        var bodyStyle = styles.Elements<W.Style>().Single(s => s.StyleId == "BodyText");
        Assert.InRange(int.Parse(bodyStyle.StyleRunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture), 26, 28); // 13–14 pt
        Assert.Equal("567", bodyStyle.StyleParagraphProperties!.Indentation!.FirstLine!.Value);
        Assert.Equal("120", bodyStyle.StyleParagraphProperties!.SpacingBetweenLines!.After!.Value);
        for (var level = 1; level <= 3; level++)
        {
            var heading = styles.Elements<W.Style>().Single(s => s.StyleId == $"Heading{level}");
            Assert.Equal(level - 1, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
            Assert.NotNull(heading.StyleParagraphProperties.KeepNext);
        }

        var usedStyles = main.Document.Body!.Descendants<W.ParagraphStyleId>().Select(s => s.Val!.Value).ToList();
        Assert.Contains("Heading1", usedStyles);
        Assert.Contains("Heading2", usedStyles);
        Assert.Contains("Heading3", usedStyles);
        Assert.True(usedStyles.Count(s => s == "BodyText") >= 8);
    }

    [Fact]
    public void Seed_HeaderBlockSignatureAndPageNumbers()
    {
        using var doc = WordprocessingDocument.Open(Write(), false);
        var main = doc.MainDocumentPart!;
        var body = main.Document.Body!;
        var block = body.Elements<W.Table>().First();
        var cells = block.Descendants<W.TableCell>().Select(c => c.Descendants<W.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList()).ToList();
        Assert.Equal(["UBND TỈNH THÁI BÌNH", "SỞ CÔNG THƯƠNG"], cells[0].Take(2));
        Assert.Matches(@"^Số: +/BC-SCT$", cells[0][2]);
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], cells[1].Take(2));
        Assert.Matches(@"^Thái Bình, ngày +tháng 9 năm 2023$", cells[1][2]);
        var date = block.Descendants<W.Paragraph>().Single(p => p.InnerText.StartsWith("Thái Bình, ngày", StringComparison.Ordinal));
        Assert.All(date.Descendants<W.RunProperties>(), rp => Assert.NotNull(rp.Italic));
        // The lines under the issuing body and the motto.
        Assert.Equal(2, block.Descendants<W.ParagraphBorders>().Count());

        var texts = Texts(body);
        var title = texts.IndexOf("BÁO CÁO");
        Assert.True(title > 0);
        Assert.StartsWith("Tình hình hoạt động công nghiệp, thương mại tháng 9/2023", texts[title + 1], StringComparison.Ordinal);
        Assert.Contains(texts, t => t.StartsWith("Trên đây là báo cáo tình hình hoạt động công nghiệp", StringComparison.Ordinal) && t.EndsWith("Sở Công Thương trân trọng báo cáo./.", StringComparison.Ordinal));
        var signature = body.Elements<W.Table>().Single(t => t.InnerText.Contains("Nơi nhận:", StringComparison.Ordinal));
        var signatureTexts = signature.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("- Bộ Công Thương;", signatureTexts);
        Assert.Contains("- Lưu: VT, KHTCTH.", signatureTexts);
        Assert.Contains("GIÁM ĐỐC", signatureTexts);
        Assert.Equal("Trần Huy Quân", signatureTexts.Last(t => t.Length > 0));

        // Page numbers: a PAGE field in the default header; the first page (titlePg) has none.
        var section = body.Descendants<W.SectionProperties>().First();
        var reference = section.Elements<W.HeaderReference>().Single(r => r.Type!.Value == W.HeaderFooterValues.Default);
        var header = (HeaderPart)main.GetPartById(reference.Id!);
        Assert.Contains(header.Header.Descendants<W.FieldCode>(), f => f.Text.Trim() == "PAGE");
        Assert.DoesNotContain(section.Elements<W.HeaderReference>(), r => r.Type!.Value == W.HeaderFooterValues.First);
    }

    [Fact]
    public void Seed_HasChartsCaptionsKeptWithTablesAndUnbreakableRates()
    {
        using var doc = WordprocessingDocument.Open(Write(), false);
        var main = doc.MainDocumentPart!;
        var body = main.Document.Body!;
        Assert.True(main.ImageParts.Count() >= 3, $"{main.ImageParts.Count()} pictures");
        Assert.True(body.Descendants<W.Drawing>().Count() >= 3);
        foreach (var image in main.ImageParts)
        {
            using var s = image.GetStream();
            var head = new byte[8];
            s.ReadExactly(head);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, head);
        }

        // Every annex table: its caption just before it (Caption style keeps with next), a repeated header row, rows not split.
        var caption = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "Caption");
        Assert.NotNull(caption.StyleParagraphProperties!.KeepNext);
        var annex = body.Elements<W.Table>().Where(t => t.Descendants<W.TableHeader>().Any()).ToList();
        Assert.Equal(2, annex.Count);
        foreach (var t in annex)
        {
            var before = (W.Paragraph)t.PreviousSibling()!;
            Assert.Equal("Caption", before.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.StartsWith("Biểu", before.InnerText, StringComparison.Ordinal);
            Assert.NotNull(t.GetFirstChild<W.TableProperties>()!.TableBorders);
            Assert.All(t.Elements<W.TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.CantSplit>()));
        }

        // Pictures: each after a caption "Hình n." that keeps with it.
        var pictures = body.Descendants<W.Drawing>().Select(d => d.Ancestors<W.Paragraph>().First()).ToList();
        Assert.All(pictures, p => Assert.StartsWith("Hình ", ((W.Paragraph)p.PreviousSibling()!).InnerText, StringComparison.Ordinal));

        // "áo sơ mi cho người lớn (-34,2%)": the minus is a no-break hyphen, never a breakable "-" before the digits.
        var products = body.Elements<W.Paragraph>().Single(p => p.InnerText.Contains("sơ mi cho người lớn", StringComparison.Ordinal));
        Assert.True(products.Descendants<W.NoBreakHyphen>().Count() >= 5);
        Assert.DoesNotMatch(@"\(-\d", products.InnerText);
    }

    [Fact]
    public void NoAudit_LeavesTheAppendixOut()
    {
        using var with = WordprocessingDocument.Open(Write(), false);
        Assert.Contains(Texts(with.MainDocumentPart!.Document.Body!), t => t.Contains("Kiểm tra tính nhất quán", StringComparison.Ordinal));
        using var without = WordprocessingDocument.Open(Write(new RenderOptions { IncludeAudit = false }), false);
        var texts = Texts(without.MainDocumentPart!.Document.Body!);
        Assert.DoesNotContain(texts, t => t.Contains("Kiểm tra tính nhất quán", StringComparison.Ordinal));
        Assert.Contains("BÁO CÁO", texts);
    }

    [Fact]
    public void Template_ItsStylesHeaderAndPageSetupAreUsed()
    {
        var template = MakeTemplate();
        var path = Scratch.Path("templated", ".docx");
        DocxRenderer.Write(Seed(), path, new RenderOptions { TemplatePath = template });
        using var doc = WordprocessingDocument.Open(path, false);
        var main = doc.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToList();
        var heading1 = styles.Single(s => s.StyleId == "Heading1");
        Assert.Equal("Arial", heading1.StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal("2E74B5", heading1.StyleRunProperties.Color!.Val!.Value);
        Assert.Contains(styles, s => s.StyleId == "BodyText"); // the template lacked it: added
        var body = main.Document.Body!;
        Assert.DoesNotContain(Texts(body), t => t.Contains("Nội dung mẫu", StringComparison.Ordinal)); // the template's body is replaced
        Assert.Contains(Texts(body), t => t.StartsWith("Chỉ số sản xuất toàn ngành công nghiệp (IIP)", StringComparison.Ordinal));
        var portrait = body.Descendants<W.SectionProperties>().First();
        Assert.Equal(1417, portrait.GetFirstChild<W.PageMargin>()!.Top!.Value);
        Assert.Equal(1985U, portrait.GetFirstChild<W.PageMargin>()!.Left!.Value);
        var reference = portrait.Elements<W.HeaderReference>().Single();
        Assert.Contains("SỞ CÔNG THƯƠNG THÁI BÌNH – MẪU", ((HeaderPart)main.GetPartById(reference.Id!)).Header.InnerText, StringComparison.Ordinal);
        Assert.True(main.ImageParts.Count() >= 3);

        // The template's own Caption style may not keep with next: every caption does, directly.
        Assert.All(body.Descendants<W.ParagraphStyleId>().Where(s => s.Val == "Caption"), s => Assert.NotNull(((W.ParagraphProperties)s.Parent!).KeepNext));
    }

    [Fact]
    public void Template_Missing_SaysWhichFile()
    {
        var e = Assert.Throws<FileNotFoundException>(() => DocxRenderer.Write(Seed(), Scratch.Path("x", ".docx"), new RenderOptions { TemplatePath = "no-such-template.docx" }));
        Assert.Contains("no-such-template.docx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_NotAWordFile_SaysSo()
    {
        var notWord = Scratch.Path("not-word", ".docx");
        File.WriteAllText(notWord, "plain text");
        var e = Assert.Throws<FormatException>(() => DocxRenderer.Write(Seed(), Scratch.Path("x", ".docx"), new RenderOptions { TemplatePath = notWord }));
        Assert.Contains(notWord, e.Message, StringComparison.Ordinal);
    }

    // A user's template: Arial headings in blue, 25 mm top and 35 mm left margins, their own page header, a sample body.
    private static string MakeTemplate()
    {
        var path = Scratch.Path("template", ".docx");
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new W.Styles(
            new W.Style(new W.StyleName { Val = "Normal" }, new W.StyleRunProperties(new W.RunFonts { Ascii = "Arial", HighAnsi = "Arial" }, new W.FontSize { Val = "26" })) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new W.Style(
                new W.StyleName { Val = "heading 1" },
                new W.BasedOn { Val = "Normal" },
                new W.StyleParagraphProperties(new W.KeepNext(), new W.OutlineLevel { Val = 0 }),
                new W.StyleRunProperties(new W.RunFonts { Ascii = "Arial", HighAnsi = "Arial" }, new W.Bold(), new W.Color { Val = "2E74B5" }, new W.FontSize { Val = "32" }))
            { Type = W.StyleValues.Paragraph, StyleId = "Heading1" });
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new W.Header(new W.Paragraph(new W.Run(new W.Text("SỞ CÔNG THƯƠNG THÁI BÌNH – MẪU"))));
        main.Document = new W.Document(new W.Body(
            new W.Paragraph(new W.Run(new W.Text("Nội dung mẫu"))),
            new W.SectionProperties(
                new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new W.PageSize { Width = 11906U, Height = 16838U },
                new W.PageMargin { Top = 1417, Bottom = 1134, Left = 1985U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U })));
        main.Document.Save();
        return path;
    }
}
