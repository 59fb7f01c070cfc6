using System.Text.RegularExpressions;
using Analytics.Charts;
using Analytics.Periods;
using Analytics.Tables;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;

namespace Analytics.Tests.Tables;

/// <summary>
/// Each chart of a report is painted once and the same PNG embedded by the Word, Excel and HTML renderers (painting
/// and encoding was most of the time of <c>analytics report</c>, done three times).
/// </summary>
public partial class ChartImagesTests
{
    private static Report Seed() => ReportBuilder.Build(TestData.Seed(), Period.Month(2023, 9));

    [Fact]
    public void Seed_WordExcelAndHtml_EmbedTheSamePngForEachChart_ThePictureOfThatChart()
    {
        var report = Seed();
        var docx = Scratch.Path("charts", ".docx");
        var xlsx = Scratch.Path("charts", ".xlsx");
        DocxRenderer.Write(report, docx);
        XlsxRenderer.Write(report, xlsx);
        var html = HtmlRenderer.Render(report);

        // Word and HTML place the charts by section, Excel in the report's order: each picture is matched to its
        // chart by the description all three write beside it.
        var word = WordPictures(docx);
        var excel = ExcelPictures(xlsx);
        var page = DataUris().Matches(html).ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), m => Convert.FromBase64String(m.Groups[2].Value));
        Assert.Equal(4, report.Charts.Count);
        var culture = report.Style.Culture;
        var painted = new List<byte[]>();
        foreach (var chart in report.Charts)
        {
            var png = word[chart.Description];
            Assert.Equal(png, excel[chart.Description]);
            Assert.Equal(png, page[chart.Description]);

            // The picture of this chart as ChartPainter paints it afresh: the report's files hold what they held
            // when each renderer painted its own.
            Assert.Equal(ChartPainter.Png(chart, culture), png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            painted.Add(png);
        }

        Assert.Equal(report.Charts.Count, painted.Distinct(new BytesComparer()).Count());
        Assert.Equal(report.Charts.Count, word.Count);
        Assert.Equal(report.Charts.Count, excel.Count);
        Assert.Equal(report.Charts.Count, page.Count);
    }

    [Fact]
    public void Seed_TheHtmlOfAReportWhoseChartsWereAlreadyPainted_IsTheHtmlOfAFreshReport()
    {
        var report = Seed();
        DocxRenderer.Write(report, Scratch.Path("charts", ".docx"));
        Assert.Equal(HtmlRenderer.Render(Seed()), HtmlRenderer.Render(report));
    }

    [Fact]
    public void ChartPng_AskedForByRenderersAtOnce_IsPaintedOnce()
    {
        var report = Seed();
        var chart = report.Charts[0];
        var pngs = new byte[8][];
        Parallel.For(0, pngs.Length, i => pngs[i] = report.ChartPng(chart));
        Assert.All(pngs, p => Assert.Same(pngs[0], p));

        // Another report, even of the same figures, paints its own: nothing is kept between reports.
        var other = Seed();
        Assert.NotSame(pngs[0], other.ChartPng(other.Charts[0]));
        Assert.Equal(pngs[0], other.ChartPng(other.Charts[0]));
    }

    private static Dictionary<string, byte[]> WordPictures(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var main = doc.MainDocumentPart!;
        return main.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>().ToDictionary(
            i => i.DocProperties!.Description!.Value!,
            i => Bytes(main.GetPartById(i.Descendants<A.Blip>().Single().Embed!.Value!)));
    }

    private static Dictionary<string, byte[]> ExcelPictures(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var drawings = doc.WorkbookPart!.WorksheetParts.Select(w => w.DrawingsPart).OfType<DrawingsPart>().Single();
        return drawings.WorksheetDrawing!.Descendants<DocumentFormat.OpenXml.Drawing.Spreadsheet.Picture>().ToDictionary(
            p => p.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value!,
            p => Bytes(drawings.GetPartById(p.BlipFill!.Blip!.Embed!.Value!)));
    }

    private static byte[] Bytes(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex("<img alt=\"([^\"]*)\" src=\"data:image/png;base64,([^\"]+)\"")]
    private static partial Regex DataUris();

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => obj.Length;
    }
}
