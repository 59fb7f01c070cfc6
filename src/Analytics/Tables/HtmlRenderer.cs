using System.Net;
using System.Text;
using Analytics.Internal;

namespace Analytics.Tables;

/// <summary>Renders reports and tables as standalone HTML (UTF-8, no external resources).</summary>
public static class HtmlRenderer
{
    /// <summary>Renders a whole report as a standalone page.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(Report report)
    {
        Preconditions.CheckNotNull(report);
        var h = report.Headings;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(report.Style.IsVietnamese ? "vi" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(E(report.Title)).Append("</title>\n<style>\n")
          .Append("body{font-family:'Times New Roman',serif;max-width:60em;margin:2em auto;line-height:1.5}p{text-align:justify}")
          .Append("table{border-collapse:collapse;margin:1em 0;font-size:.9em}th,td{border:1px solid #999;padding:.25em .5em}th{background:#eee}")
          .Append("td.num{text-align:right;white-space:nowrap}tr.l0 td:first-child{font-weight:bold}tr.l1 td:first-child{padding-left:1.5em}tr.l2 td:first-child{padding-left:3em}")
          .Append(".foot{font-style:italic;font-size:.85em}li.error{color:#a00}li.warning{color:#a60}\n</style>\n</head>\n<body>\n");
        sb.Append("<h1>").Append(E(report.Title)).Append("</h1>\n<h2>").Append(E(h.Section)).Append("</h2>\n");
        foreach (var (heading, paragraphs) in report.Sections)
        {
            sb.Append("<h3>").Append(E(heading)).Append("</h3>\n");
            foreach (var p in paragraphs)
            {
                sb.Append("<p>").Append(E(p.Text)).Append("</p>\n");
            }
        }

        if (report.Tables.Count > 0)
        {
            sb.Append("<h2>").Append(E(h.Annex)).Append("</h2>\n");
            foreach (var t in report.Tables)
            {
                sb.Append(Render(t, report.Style.Culture));
            }
        }

        sb.Append("<h2>").Append(E(h.Audit)).Append("</h2>\n<p>").Append(E(h.Summary)).Append("</p>\n<ul>\n");
        foreach (var f in report.Findings)
        {
            sb.Append("<li class=\"").Append(f.Severity.ToString().ToLowerInvariant()).Append("\">").Append(E(report.FindingLine(f))).Append("</li>\n");
        }

        sb.Append("</ul>\n");
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
    public static string Render(ReportTable table, System.Globalization.CultureInfo culture)
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

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
