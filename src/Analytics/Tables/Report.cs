using Analytics.Audit;
using Analytics.Narrative;
using Analytics.Periods;

namespace Analytics.Tables;

/// <summary>A report of a month, a quarter, a half-year or a year: its narrative, annex tables, audit findings and notes, ready to render.</summary>
/// <param name="Title">The title.</param>
/// <param name="Period">The period reported on: a month, a quarter, a year or the first months of a year.</param>
/// <param name="Style">The style it was written in.</param>
/// <param name="Narration">The paragraphs.</param>
/// <param name="Tables">The annex tables.</param>
/// <param name="Findings">The consistency audit's findings.</param>
/// <param name="Notes">Messages for the reader: comparisons left out, a period missing from the data, input warnings.</param>
public sealed record Report(
    string Title,
    Period Period,
    NarrativeStyle Style,
    Narration Narration,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<AuditFinding> Findings,
    IReadOnlyList<string> Notes)
{
    /// <summary>Gets the report's charts (see <see cref="ReportCharts"/>), drawn into the Word file and the workbook; none by default.</summary>
    public IReadOnlyList<Analytics.Charts.Chart> Charts { get; init; } = [];

    private static readonly string[] IndustryCodes = ["IIP", "IND_VALUE", "IND_PRODUCT"];

    // The charts' pictures, painted once for the report's renderers (Word, Excel, HTML) and kept while the report is:
    // a copy made with `with` shares them, which is right, as a picture is known by its chart and culture.
    private readonly ChartImages chartImages = new();

    /// <summary>Gets the plan section (the year end and the annual plan), or null when the report was built without a plan.</summary>
    public Narration? Plan { get; init; }

    /// <summary>
    /// Gets the warnings of reading the input (located: file, sheet, row, column), shown with the audit, for the
    /// analyst, not among the notes of the report a Department sends (<c>--no-audit</c> leaves them out with the audit;
    /// the command line prints them and writes them to <c>--warnings-file</c>).
    /// </summary>
    public IReadOnlyList<string> InputWarnings { get; init; } = [];

    /// <summary>Gets the report's sections: a heading and its paragraphs (industry first, then trade and others).</summary>
    public IReadOnlyList<(string Heading, IReadOnlyList<Paragraph> Paragraphs)> Sections
    {
        get
        {
            var vi = Style.IsVietnamese;
            var industry = Narration.Paragraphs.Where(p => IndustryCodes.Contains(p.Indicator)).ToList();
            var rest = Narration.Paragraphs.Where(p => !IndustryCodes.Contains(p.Indicator)).ToList();
            var list = new List<(string, IReadOnlyList<Paragraph>)>();
            if (industry.Count > 0)
            {
                list.Add((vi ? "1.1. Về công nghiệp" : "1.1. Industry", industry));
            }

            if (rest.Count > 0)
            {
                list.Add((vi ? "1.2. Về thương mại" : "1.2. Trade", rest));
            }

            if (Plan is { Paragraphs.Count: > 0 } plan)
            {
                // December's section gives the year's outcome against the plan, not an outlook.
                var headingKey = plan.Period.LastMonth == 12 ? "plan.heading.year" : "plan.heading";
                var heading = PlanPhrases.Template(Style, headingKey);
                list.Add((heading, plan.Paragraphs));
            }

            return list;
        }
    }

    /// <summary>The PNG of one of the report's charts in the report's culture, painted on the first call and the same bytes on every other (for the three renderers).</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The PNG's bytes (not to be changed).</returns>
    internal byte[] ChartPng(Analytics.Charts.Chart chart) => chartImages.Png(chart, Style.Culture);

    /// <summary>
    /// The charts drawn after a section's paragraphs, for the renderers: the year-end fans (<see cref="Analytics.Charts.FanChart"/>)
    /// in the plan section ("Ước thực hiện cả năm và khả năng hoàn thành kế hoạch"), where their figures are told; the
    /// others after the first section of Section I that narrates their indicator, and those no section narrates after
    /// Section I's last.
    /// </summary>
    /// <returns>For each section of <see cref="Sections"/>, in order, its charts.</returns>
    internal IReadOnlyList<IReadOnlyList<Analytics.Charts.Chart>> ChartsBySection()
    {
        var sections = Sections;
        var planIndex = Plan is { Paragraphs.Count: > 0 } ? sections.Count - 1 : -1;
        var lastOfI = planIndex >= 0 ? planIndex - 1 : sections.Count - 1;
        var result = sections.Select(_ => new List<Analytics.Charts.Chart>()).ToList();
        foreach (var chart in Charts)
        {
            var at = chart is Analytics.Charts.FanChart && planIndex >= 0 ? planIndex
                : Enumerable.Range(0, Math.Max(lastOfI + 1, 0)).Cast<int?>().FirstOrDefault(i => sections[i!.Value].Paragraphs.Any(p => p.Indicator == chart.Indicator)) ?? lastOfI;
            if (at >= 0)
            {
                result[at].Add(chart);
            }
        }

        return result;
    }

    /// <summary>Whether a section heading opens a part of its own ("II. …", at the level of Section I), not a subsection of I.</summary>
    /// <param name="heading">The section's heading.</param>
    /// <returns>True for a part.</returns>
    internal static bool IsPart(string heading) => System.Text.RegularExpressions.Regex.IsMatch(heading, @"^[IVX]+\.\s");

    /// <summary>Writes a finding as the renderers list it, in the report's language and culture ("Lỗi: …").</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The line.</returns>
    internal string FindingLine(AuditFinding finding) => new AuditNarrator(Style).Line(finding);

    /// <summary>Gets the headings the renderers use, in the report's language.</summary>
    internal (string Section, string Annex, string Audit, string Notes, string Summary, string InputWarnings) Headings => Style.IsVietnamese
        ? ("I. Tình hình thực hiện các chỉ tiêu công nghiệp, thương mại", "Phụ lục: Biểu số liệu", "Kiểm tra tính nhất quán của số liệu", "Ghi chú",
           $"{Findings.Count} kết quả kiểm tra: {Findings.Count(f => f.Severity == FindingSeverity.Error)} lỗi, {Findings.Count(f => f.Severity == FindingSeverity.Warning)} cảnh báo.",
           "Cảnh báo khi đọc tệp số liệu")
        : ("I. Industry and trade indicators", "Annex: statistical tables", "Consistency of the figures", "Notes",
           $"{Findings.Count} checks: {Findings.Count(f => f.Severity == FindingSeverity.Error)} errors, {Findings.Count(f => f.Severity == FindingSeverity.Warning)} warnings.",
           "Warnings from reading the input");
}
