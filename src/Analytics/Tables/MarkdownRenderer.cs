using System.Text;
using Analytics.Internal;

namespace Analytics.Tables;

/// <summary>Renders reports and tables as Markdown (GitHub tables).</summary>
public static class MarkdownRenderer
{
    /// <summary>Renders a whole report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(Report report)
    {
        Preconditions.CheckNotNull(report);
        var h = report.Headings;
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(report.Title).AppendLine();
        sb.Append("## ").AppendLine(h.Section).AppendLine();
        foreach (var (heading, paragraphs) in report.Sections)
        {
            sb.Append(Report.IsPart(heading) ? "## " : "### ").AppendLine(heading).AppendLine();
            foreach (var p in paragraphs)
            {
                sb.AppendLine(p.Text).AppendLine();
            }
        }

        if (report.Tables.Count > 0)
        {
            sb.Append("## ").AppendLine(h.Annex).AppendLine();
            foreach (var t in report.Tables)
            {
                sb.Append(Render(t, report.Style.Culture)).AppendLine();
            }
        }

        sb.Append("## ").AppendLine(h.Audit).AppendLine().AppendLine(h.Summary).AppendLine();
        foreach (var f in report.Findings)
        {
            sb.Append("- ").AppendLine(report.FindingLine(f));
        }

        if (report.InputWarnings.Count > 0)
        {
            sb.AppendLine().Append("### ").AppendLine(h.InputWarnings).AppendLine();
            foreach (var w in report.InputWarnings)
            {
                sb.Append("- ").AppendLine(w);
            }
        }

        if (report.Notes.Count > 0)
        {
            sb.AppendLine().Append("## ").AppendLine(h.Notes).AppendLine();
            foreach (var n in report.Notes)
            {
                sb.Append("- ").AppendLine(n);
            }
        }

        return sb.ToString();
    }

    /// <summary>Renders one table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <returns>The Markdown table with its title and footnote.</returns>
    public static string Render(ReportTable table, System.Globalization.CultureInfo culture)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(culture);
        var sb = new StringBuilder();
        sb.Append("**").Append(table.Title).AppendLine("**").AppendLine();
        sb.Append("| ").AppendJoin(" | ", table.Columns.Select(Escape)).AppendLine(" |");
        sb.Append("|---|---|").AppendJoin(string.Empty, table.Columns.Skip(2).Select(_ => "---:|")).AppendLine();
        foreach (var r in table.Rows)
        {
            var label = new string('\u00a0', r.Level * 4) + (r.Level == 0 ? $"**{Escape(r.Label)}**" : Escape(r.Label));
            sb.Append("| ").Append(label).Append(" | ").Append(Escape(r.Unit)).Append(" | ")
              .AppendJoin(" | ", r.Cells.Select(c => c.Format(culture))).AppendLine(" |");
        }

        if (table.Footnote.Length > 0)
        {
            sb.AppendLine().Append('*').Append(table.Footnote).AppendLine("*");
        }

        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
}
