using System.Globalization;
using System.Text;
using Analytics.Audit;
using Analytics.Forecasting;
using Analytics.Narrative;
using Analytics.Tables;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using Analytics.Series;
using Analytics.Growth;
using static Analytics.Interactive.HtmlTable;
using Figure = Analytics.Growth.Figure;

namespace Analytics.Interactive;

/// <summary>
/// <c>text/html</c> formatters for the library's results in a notebook: series, growth tables, audit findings,
/// narratives, report tables, forecasts, year-end estimates and charts. Numbers are written in <see cref="Culture"/>
/// (vi-VN by default: 72.007; 12,6), never in the kernel's current culture. The package's extension script calls
/// <see cref="Register"/> when it is loaded; call it again to change the culture or the row limit.
/// </summary>
public static class AnalyticsFormatters
{
    private static CultureInfo culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Gets the culture numbers and words are written in.</summary>
    public static CultureInfo Culture => culture;

    /// <summary>Gets or sets the most rows a table shows (a note says how many were left out).</summary>
    public static int MaxRows { get; set; } = 60;

    private static bool Vi => culture.TwoLetterISOLanguageName == "vi";

    /// <summary>Registers the formatters.</summary>
    /// <param name="cultureName">"vi-VN" (default) or "en-US": how numbers and labels are written.</param>
    /// <param name="maxRows">The most rows a table shows.</param>
    public static void Register(string cultureName = "vi-VN", int maxRows = 60)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        culture = CultureInfo.GetCultureInfo(cultureName);
        MaxRows = maxRows;
        Formatter.Register<MonthlySeries>(s => Html(s), HtmlMime);
        Formatter.Register<GrowthRow>(r => Html([r]), HtmlMime);
        Formatter.Register<IEnumerable<GrowthRow>>(r => Html(r), HtmlMime);
        Formatter.Register<AuditFinding>(f => Html([f]), HtmlMime);
        Formatter.Register<IEnumerable<AuditFinding>>(f => Html(f), HtmlMime);
        Formatter.Register<Paragraph>(p => "<p>" + Encode(p.Text) + "</p>", HtmlMime);
        Formatter.Register<Narration>(n => Html(n), HtmlMime);
        Formatter.Register<ReportTable>(t => HtmlRenderer.Render(t, culture), HtmlMime);
        Formatter.Register<Report>(r => Html(r), HtmlMime);
        Formatter.Register<Forecast>(f => Html(f), HtmlMime);
        Formatter.Register<YearEndEstimate>(y => Html(y), HtmlMime);
        Formatter.Register<GenericChart>(c => ChartHtml.Render(c), HtmlMime);
        Formatter.Register<HtmlFragment>(h => h.Html, HtmlMime);
        foreach (var t in new[] { typeof(MonthlySeries), typeof(GrowthRow), typeof(AuditFinding), typeof(Paragraph), typeof(Narration), typeof(ReportTable), typeof(Report), typeof(Forecast), typeof(YearEndEstimate), typeof(GenericChart), typeof(HtmlFragment) })
        {
            Formatter.SetPreferredMimeTypesFor(t, HtmlMime);
        }
    }

    private const string HtmlMime = "text/html";

    /// <summary>A monthly series with its month-on-month and year-on-year growth, aligned by calendar month.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The HTML table.</returns>
    public static string Html(MonthlySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var mom = Growth.Growth.MonthOnMonth(series);
        var yoy = Growth.Growth.YearOnYear(series);
        var t = new HtmlTable(culture, MaxRows, null, Vi ? "Tháng" : "Month", Vi ? "Giá trị" : "Value", Vi ? "So tháng trước (%)" : "MoM (%)", Vi ? "So cùng kỳ (%)" : "YoY (%)");
        foreach (var (m, v) in series.Points().Reverse())
        {
            t.Row(m.ToString("L", culture), new Numeric(t.Number(v, 1)), Rate(t, mom[m]), Rate(t, yoy[m]));
        }

        return t.ToString();
    }

    /// <summary>Growth rows: value, month on month, year on year, cumulative value and growth; stated rates marked *.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The HTML table.</returns>
    public static string Html(IEnumerable<GrowthRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var t = new HtmlTable(culture, MaxRows, null,
            Vi ? "Chỉ tiêu" : "Series", Vi ? "Kỳ" : "Period", Vi ? "Giá trị" : "Value", Vi ? "Đơn vị" : "Unit",
            Vi ? "So tháng trước (%)" : "MoM (%)", Vi ? "So cùng kỳ (%)" : "YoY (%)", Vi ? "Lũy kế" : "Cumulative", Vi ? "Lũy kế so cùng kỳ (%)" : "Cumulative YoY (%)");
        foreach (var r in rows)
        {
            t.Row(r.Key.ToString(), r.Period.ToString("L", culture), new Numeric(t.Number(r.Value, 1)), r.Unit?.Symbol ?? string.Empty,
                Rate(t, r.MonthOnMonth), Rate(t, r.YearOnYear), new Numeric(r.CumulativeValue.IsMissing ? string.Empty : t.Number(r.CumulativeValue.Value, 1)), Rate(t, r.CumulativeGrowth));
        }

        return t.ToString() + "<p style=\"color:#666\">" + Encode(Vi ? "* tỷ lệ do nguồn công bố (không tính lại được từ số liệu)" : "* rate as the source states it (not computable from the figures)") + "</p>";
    }

    /// <summary>Audit findings, errors first.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The HTML table.</returns>
    public static string Html(IEnumerable<AuditFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var t = new HtmlTable(culture, MaxRows, null, Vi ? "Mức" : "Severity", Vi ? "Kiểm tra" : "Check", Vi ? "Chỉ tiêu" : "Indicator", Vi ? "Kỳ" : "Period", Vi ? "Kỳ vọng" : "Expected", Vi ? "Thực tế" : "Actual", Vi ? "Nội dung" : "Message");
        var text = new AuditNarrator(new NarrativeStyle { Language = culture.TwoLetterISOLanguageName == "vi" ? "vi" : "en", Culture = culture });
        foreach (var f in findings.OrderByDescending(f => f.Severity))
        {
            t.Row(f.Severity.ToString(), f.Check.ToString(), f.Indicator, f.Period.ToString("L", culture), new Numeric(t.Number(f.Expected, 2)), new Numeric(t.Number(f.Actual, 2)), text.Describe(f));
        }

        return t.ToString();
    }

    private static string Html(Narration n)
    {
        var sb = new StringBuilder();
        foreach (var p in n.Paragraphs)
        {
            sb.Append("<p>").Append(Encode(p.Text)).Append("</p>");
        }

        if (n.Notes.Count > 0)
        {
            sb.Append("<ul style=\"color:#666\">");
            foreach (var note in n.Notes)
            {
                sb.Append("<li>").Append(Encode(note)).Append("</li>");
            }

            sb.Append("</ul>");
        }

        return sb.ToString();
    }

    private static string Html(Report r)
    {
        var sb = new StringBuilder("<h3>").Append(Encode(r.Title)).Append("</h3>");
        foreach (var (heading, paragraphs) in r.Sections)
        {
            sb.Append("<h4>").Append(Encode(heading)).Append("</h4>");
            foreach (var p in paragraphs)
            {
                sb.Append("<p>").Append(Encode(p.Text)).Append("</p>");
            }
        }

        foreach (var table in r.Tables)
        {
            sb.Append(HtmlRenderer.Render(table, r.Style.Culture));
        }

        return sb.ToString();
    }

    /// <summary>A forecast: mean and interval bounds by month.</summary>
    /// <param name="f">The forecast.</param>
    /// <returns>The HTML table.</returns>
    public static string Html(Forecast f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var levels = f.Levels.Order().ToList();
        var headers = new List<string> { Vi ? "Tháng" : "Month", Vi ? "Dự báo" : "Mean" };
        foreach (var l in levels)
        {
            headers.Add(string.Create(culture, $"{(Vi ? "Cận dưới" : "Lower")} {l}%"));
            headers.Add(string.Create(culture, $"{(Vi ? "Cận trên" : "Upper")} {l}%"));
        }

        var t = new HtmlTable(culture, MaxRows, f.Method, [.. headers]);
        for (var h = 1; h <= f.Horizon; h++)
        {
            var cells = new List<object?> { f.MonthOf(h).ToString("L", culture), new Numeric(t.Number(f.Mean[h - 1], 1)) };
            foreach (var l in levels)
            {
                cells.Add(new Numeric(t.Number(f.Lower(l)[h - 1], 1)));
                cells.Add(new Numeric(t.Number(f.Upper(l)[h - 1], 1)));
            }

            t.Row([.. cells]);
        }

        return t.ToString();
    }

    /// <summary>A year-end estimate: the year total with its intervals and, with a plan, attainment and probability.</summary>
    /// <param name="y">The estimate.</param>
    /// <returns>The HTML table.</returns>
    public static string Html(YearEndEstimate y)
    {
        ArgumentNullException.ThrowIfNull(y);
        var t = new HtmlTable(culture, MaxRows, (Vi ? "Ước cả năm " : "Year end ") + y.Through.Year.ToString(CultureInfo.InvariantCulture) + " (" + y.Method + ")", Vi ? "Chỉ tiêu" : "Item", Vi ? "Giá trị" : "Value");
        string Range((double Lower, double Upper) r) => t.Number(r.Lower, 1) + " – " + t.Number(r.Upper, 1);
        t.Row((Vi ? "Thực hiện lũy kế đến " : "Actual through ") + y.Through.ToString("L", culture), new Numeric(t.Number(y.YtdActual, 1)));
        t.Row(Vi ? "Dự báo các tháng còn lại" : "Forecast of the remaining months", new Numeric(t.Number(y.RemainingMean, 1)));
        t.Row(Vi ? "Ước cả năm" : "Year total", new Numeric(t.Number(y.TotalMean, 1)));
        t.Row(Vi ? "Khoảng 80%" : "80% interval", new Numeric(Range(y.Interval80)));
        t.Row(Vi ? "Khoảng 95%" : "95% interval", new Numeric(Range(y.Interval95)));
        t.Row(Vi ? "Năm trước" : "Last year", new Numeric(t.Number(y.LastYearTotal, 1)));
        t.Row(Vi ? "Tăng so với năm trước (%)" : "Growth on last year (%)", new Numeric(t.Number(y.TotalGrowthPercent, 1)));
        if (y.Plan is { } p)
        {
            t.Row(Vi ? "Kế hoạch năm" : "Annual plan", new Numeric(t.Number(p.Target, 1)));
            t.Row(Vi ? "Đã đạt (% kế hoạch)" : "Reached so far (% of plan)", new Numeric(t.Number(p.AttainmentPercent, 1)));
            t.Row(Vi ? "Ước đạt cả năm (% kế hoạch)" : "Expected at year end (% of plan)", new Numeric(t.Number(p.ExpectedAttainmentPercent, 1)));
            t.Row(Vi ? "Các tháng còn lại cần tăng so với cùng kỳ (%)" : "Growth the remaining months need over last year (%)", new Numeric(t.Number(p.RequiredGrowthPercent, 1)));
            t.Row(Vi ? "Xác suất đạt kế hoạch (%)" : "Probability of meeting the plan (%)", new Numeric(t.Number(p.Probability * 100, 0)));
        }

        return t.ToString();
    }

    /// <summary>
    /// Any rows as an HTML table in <see cref="Culture"/>: numbers (double, int) right-aligned and written the culture's
    /// way, everything else as text. For ad hoc tables in a notebook, where anonymous objects would show as a tree.
    /// </summary>
    /// <param name="headers">The column headers.</param>
    /// <param name="rows">The rows, one value per column.</param>
    /// <param name="decimals">The decimals of non-integer numbers.</param>
    /// <returns>HTML the notebook displays as a table.</returns>
    public static HtmlFragment Table(IReadOnlyList<string> headers, IEnumerable<object?[]> rows, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var t = new HtmlTable(culture, MaxRows, null, [.. headers]);
        foreach (var row in rows)
        {
            t.Row([.. row.Select(v => v switch
            {
                double d => (object)new Numeric(t.Number(d, decimals)),
                float f => new Numeric(t.Number(f, decimals)),
                int i => new Numeric(i.ToString("N0", culture)),
                long l => new Numeric(l.ToString("N0", culture)),
                IFormattable x => x.ToString(null, culture),
                _ => v,
            })]);
        }

        return new HtmlFragment(t.ToString());
    }

    private static Numeric Rate(HtmlTable t, Figure f)
        => new(f.IsMissing ? string.Empty : t.Number(f.Value, 1) + (f.Origin == FigureOrigin.Stated ? "*" : string.Empty));
}
