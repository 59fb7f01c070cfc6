using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Analytics.Charts;
using Analytics.Internal;

namespace Analytics.Tables;

/// <summary>
/// Renders reports and tables as standalone HTML (UTF-8, no external resources): the administrative header block of
/// the style's document profile, the sections, the charts as embedded pictures, the signature, the annex tables and
/// the audit, with an A4 print stylesheet (Decree 30 margins, Times New Roman 14 pt, table headers repeated on every
/// page, no caption left alone at a page foot, rates never broken across lines).
/// </summary>
public static partial class HtmlRenderer
{
    private const string Css =
        "body{font-family:'Times New Roman',Times,serif;font-size:14pt;max-width:17cm;margin:2em auto;line-height:1.35}"
        + "p{text-align:justify;text-indent:1cm;margin:0 0 6pt}h1,h2,h3{font-size:14pt;margin:6pt 0;text-indent:1cm;break-after:avoid;page-break-after:avoid}h3{font-style:italic}"
        + ".block{display:flex;justify-content:space-between;text-align:center;font-size:13pt;margin-bottom:1em}.block div{flex:0 0 auto}.block p{text-indent:0;text-align:center;margin:0}"
        + ".rule{border-top:1px solid #000;width:40%;margin:2pt auto 6pt}.date{font-style:italic}.doctype{text-align:center;font-weight:bold;text-indent:0;margin:12pt 0 0}.summary{text-align:center;font-weight:bold;text-indent:0}"
        + ".sign{display:flex;justify-content:space-between;margin-top:1em;break-inside:avoid;page-break-inside:avoid}.sign p{text-indent:0;margin:0}.recipients{font-size:11pt}.recipients p:first-child{font-size:12pt;font-weight:bold;font-style:italic}.signer{text-align:center;font-weight:bold;min-width:40%}.signer p{text-align:center}.signer .name{margin-top:4em}"
        + "table{border-collapse:collapse;margin:.5em 0 1em;font-size:11pt;width:100%}caption{font-weight:bold;padding:.3em;break-after:avoid;page-break-after:avoid}th,td{border:1px solid #000;padding:.15em .35em}th{background:#e7e6e6}"
        + "thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}td.num{text-align:right;white-space:nowrap}tr.l0 td:first-child{font-weight:bold}tr.l1 td:first-child{padding-left:1.2em}tr.l2 td:first-child{padding-left:2.4em}tr.sub td{font-weight:bold;font-style:italic;padding-left:1.2em}"
        + "figure{margin:1em 0;text-align:center;break-inside:avoid;page-break-inside:avoid}figure img{width:100%;max-width:16cm}figcaption{font-weight:bold;font-size:13pt}"
        + ".foot{font-style:italic;font-size:11pt;text-indent:0}.nb{white-space:nowrap}li{font-size:12pt}li.error{color:#a00}li.warning{color:#a60}"
        + "@page{size:A4;margin:20mm 20mm 20mm 30mm}@page annex{size:A4 landscape}.annex{page:annex;break-before:page}"
        + "@media print{body{max-width:none;margin:0}a{color:inherit}}";

    /// <summary>Renders a whole report as a standalone page with the default options.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(Report report) => Render(report, RenderOptions.Default);

    /// <summary>Renders a whole report as a standalone page.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Whether to include the audit and the charts (the template applies to Word only).</param>
    /// <returns>The HTML document.</returns>
    public static string Render(Report report, RenderOptions options)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(options);
        var h = report.Headings;
        var vi = report.Style.IsVietnamese;
        var c = report.Style.Culture;
        var d = report.Style.Document;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(vi ? "vi" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(E(report.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        if (d.HasHeader)
        {
            var m = report.Period;
            var day = d.Day is { } dd ? dd.ToString("00", CultureInfo.InvariantCulture) : "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;";
            var place = d.Place.Length > 0 ? E(d.Place) + ", " : string.Empty;
            var date = vi
                ? $"{place}ngày {day} tháng {m.LastMonth.ToString(CultureInfo.InvariantCulture)} năm {m.Year.ToString(CultureInfo.InvariantCulture)}"
                : place + E(m.ToString("L", c));
            sb.Append("<div class=\"block\">\n<div>");
            if (d.ParentBody.Length > 0)
            {
                sb.Append("<p>").Append(E(d.ParentBody.ToUpper(c))).Append("</p>");
            }

            sb.Append("<p><b>").Append(E(d.IssuingBody.ToUpper(c))).Append("</b></p><div class=\"rule\"></div><p>").Append(vi ? "Số: " : "No. ")
              .Append(d.Number.Length > 0 ? E(d.Number) : "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;").Append(d.Symbol.Length > 0 ? "/" + E(d.Symbol) : string.Empty).Append("</p></div>\n<div>")
              .Append("<p><b>").Append(vi ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIET NAM").Append("</b></p><p><b>")
              .Append(vi ? "Độc lập - Tự do - Hạnh phúc" : "Independence - Freedom - Happiness").Append("</b></p><div class=\"rule\" style=\"width:60%\"></div><p class=\"date\">")
              .Append(date).Append("</p></div>\n</div>\n");
        }

        sb.Append("<p class=\"doctype\">").Append(vi ? "BÁO CÁO" : "REPORT").Append("</p>\n<p class=\"summary\">").Append(E(report.Title)).Append("</p>\n<div class=\"rule\" style=\"width:25%\"></div>\n");
        sb.Append("<h1>").Append(E(h.Section)).Append("</h1>\n");
        var figure = 0;
        var sections = report.Sections;
        var chartsBySection = report.ChartsBySection();
        foreach (var (index, (heading, paragraphs)) in sections.Index())
        {
            var level = Report.IsPart(heading) ? "h1" : "h2";
            sb.Append('<').Append(level).Append('>').Append(E(heading)).Append("</").Append(level).Append(">\n");
            foreach (var p in paragraphs)
            {
                sb.Append("<p>").Append(Text(p.Text)).Append("</p>\n");
            }

            if (!options.IncludeCharts)
            {
                continue;
            }

            foreach (var chart in chartsBySection[index])
            {
                figure++;
                sb.Append("<figure><figcaption>").Append(vi ? "Hình " : "Figure ").Append(figure.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(E(chart.Title))
                  .Append("</figcaption><img alt=\"").Append(E(chart.Description)).Append("\" src=\"data:image/png;base64,")
                  .Append(Convert.ToBase64String(report.ChartPng(chart))).Append("\"></figure>\n");
            }
        }

        if (d.IssuerName.Length > 0)
        {
            var subject = Narrative.PhraseBook.Decapitalize(report.Title, c);
            sb.Append("<p>").Append(E(vi ? $"Trên đây là báo cáo {subject}, {d.IssuerName} trân trọng báo cáo./." : $"This is the report on {subject} of {d.IssuerName}.")).Append("</p>\n");
        }

        if (d.HasSignature)
        {
            sb.Append("<div class=\"sign\">\n<div class=\"recipients\">");
            if (d.Recipients.Count > 0)
            {
                sb.Append("<p>").Append(vi ? "Nơi nhận:" : "To:").Append("</p>");
                foreach (var r in d.Recipients)
                {
                    sb.Append("<p>- ").Append(E(r)).Append("</p>");
                }
            }

            sb.Append("</div>\n<div class=\"signer\">");
            if (d.SignerAuthority.Length > 0)
            {
                sb.Append("<p>").Append(E(d.SignerAuthority.ToUpper(c))).Append("</p>");
            }

            sb.Append("<p>").Append(E(d.SignerTitle.ToUpper(c))).Append("</p><p class=\"name\">").Append(E(d.SignerName)).Append("</p></div>\n</div>\n");
        }

        if (report.Tables.Count > 0)
        {
            sb.Append("<section class=\"annex\">\n<h1>").Append(E(h.Annex)).Append("</h1>\n");
            foreach (var t in report.Tables)
            {
                sb.Append(Render(t, c));
            }

            sb.Append("</section>\n");
        }

        if (options.IncludeAudit)
        {
            sb.Append("<h1>").Append(vi ? "Phụ lục: " : "Appendix: ").Append(E(h.Audit)).Append("</h1>\n<p class=\"foot\">").Append(E(h.Summary)).Append("</p>\n<ul>\n");
            foreach (var f in report.Findings)
            {
                sb.Append("<li class=\"").Append(f.Severity.ToString().ToLowerInvariant()).Append("\">").Append(E(report.FindingLine(f))).Append("</li>\n");
            }

            sb.Append("</ul>\n");
            if (report.InputWarnings.Count > 0)
            {
                sb.Append("<h3>").Append(E(h.InputWarnings)).Append("</h3>\n<ul>\n");
                foreach (var w in report.InputWarnings)
                {
                    sb.Append("<li class=\"warning\">").Append(E(w)).Append("</li>\n");
                }

                sb.Append("</ul>\n");
            }
        }

        if (report.Notes.Count > 0)
        {
            sb.Append("<h2>").Append(E(h.Notes)).Append("</h2>\n<ul>\n");
            foreach (var n in report.Notes)
            {
                sb.Append("<li>").Append(E(n)).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        return sb.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Renders one table as an HTML fragment.</summary>
    /// <param name="table">The table.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <returns>The fragment: a caption, the table and its footnote.</returns>
    public static string Render(ReportTable table, CultureInfo culture)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(culture);
        var sb = new StringBuilder("<table>\n<caption>");
        sb.Append(E(table.Title)).Append("</caption>\n<thead><tr>");
        foreach (var c in table.Columns)
        {
            sb.Append("<th>").Append(E(c)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var r in table.Rows)
        {
            if (r.IsHeading)
            {
                sb.Append("<tr class=\"sub\"><td colspan=\"").Append(table.Columns.Count.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(r.Label)).Append("</td></tr>\n");
                continue;
            }

            sb.Append("<tr class=\"l").Append(r.Level).Append("\"><td>").Append(E(r.Label)).Append("</td><td>").Append(E(r.Unit)).Append("</td>");
            foreach (var cell in r.Cells)
            {
                sb.Append("<td class=\"num\">").Append(E(cell.Format(culture))).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        if (table.Footnote.Length > 0)
        {
            sb.Append("<p class=\"foot\">").Append(E(table.Footnote)).Append("</p>\n");
        }

        return sb.ToString();
    }

    // Only the characters HTML reserves: Vietnamese letters stay readable in the source (UTF-8).
    private static string E(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    // A rate with its sign and brackets, "(-34,2%)" or "giảm 2,8%", kept on one line.
    private static string Text(string s) => Rate().Replace(E(s), m => "<span class=\"nb\">" + m.Value + "</span>");

    [GeneratedRegex(@"\(?[-+]?\d[\d.,]*%\)?")]
    private static partial Regex Rate();
}
