using System.Globalization;
using System.Text;
using Analytics.Narrative;

namespace Analytics.Interactive;

/// <summary>A small HTML table writer: headers, rows, numbers right-aligned in the reader's culture, a row limit.</summary>
internal sealed class HtmlTable
{
    private readonly StringBuilder _sb = new();
    private readonly CultureInfo _culture;
    private readonly int _maxRows;
    private int _rows;
    private int _hidden;

    public HtmlTable(CultureInfo culture, int maxRows, string? caption, params string[] headers)
    {
        _culture = culture;
        _maxRows = maxRows;
        _sb.Append("<table class=\"analytics\" style=\"border-collapse:collapse\">");
        if (caption is not null)
        {
            _sb.Append("<caption style=\"text-align:left;font-weight:bold\">").Append(Encode(caption)).Append("</caption>");
        }

        _sb.Append("<thead><tr>");
        foreach (var h in headers)
        {
            _sb.Append("<th style=\"text-align:left;border-bottom:1px solid #999;padding:2px 8px\">").Append(Encode(h)).Append("</th>");
        }

        _sb.Append("</tr></thead><tbody>");
    }

    /// <summary>Escapes the characters HTML reserves, and only those: Vietnamese letters stay readable in the source.</summary>
    public static string Encode(string? s)
        => (s ?? string.Empty).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>A number at the given decimals in the table's culture ("72.007", "12,6"), or an empty cell.</summary>
    public string Number(double v, int decimals) => double.IsNaN(v) || double.IsInfinity(v) ? string.Empty : ReportNumbers.Format(v, decimals, _culture);

    public void Row(params object?[] cells)
    {
        if (_rows >= _maxRows)
        {
            _hidden++;
            return;
        }

        _rows++;
        _sb.Append("<tr>");
        foreach (var c in cells)
        {
            var (text, numeric) = c switch
            {
                Numeric n => (n.Text, true),
                null => (string.Empty, false),
                _ => (c.ToString() ?? string.Empty, false),
            };
            _sb.Append(numeric ? "<td style=\"text-align:right;padding:2px 8px\">" : "<td style=\"padding:2px 8px\">").Append(Encode(text)).Append("</td>");
        }

        _sb.Append("</tr>");
    }

    public override string ToString()
    {
        var sb = new StringBuilder(_sb.ToString()).Append("</tbody></table>");
        if (_hidden > 0)
        {
            var vi = _culture.TwoLetterISOLanguageName == "vi";
            sb.Append("<p style=\"color:#666\">").Append(Encode(vi
                ? $"… và {_hidden.ToString("N0", _culture)} dòng nữa (hiện {_rows.ToString("N0", _culture)} dòng đầu; đổi giới hạn bằng AnalyticsFormatters.MaxRows)"
                : $"… and {_hidden.ToString("N0", _culture)} more rows (showing the first {_rows.ToString("N0", _culture)}; change the limit with AnalyticsFormatters.MaxRows)")).Append("</p>");
        }

        return sb.ToString();
    }

    /// <summary>A cell to right-align as a number.</summary>
    public readonly record struct Numeric(string Text);
}
