using System.Globalization;
using Analytics.Audit;
using Analytics.Indicators;
using Analytics.Internal;
using Analytics.Periods;

namespace Analytics.Narrative;

/// <summary>
/// Writes the consistency audit's findings (<see cref="AuditFinding"/>, which are data) as sentences in a style's
/// language and culture: "Giá trị sản xuất công nghiệp 9 tháng đầu năm 2023: tổng 4 ngành là 72.006 tỷ đồng, thấp hơn
/// tổng số công bố (72.007 tỷ đồng) 1 tỷ đồng, nằm trong sai số làm tròn (±2,5 tỷ đồng); số liệu khớp." The
/// templates are in <see cref="PhraseBook"/> under keys beginning with <c>audit.</c> and can be overridden by a
/// style's <see cref="NarrativeStyle.Phrases"/>.
/// </summary>
/// <remarks>
/// Values carry the finding's unit and as many decimals as they need (72.006, 1.693,5; a difference under 1 gets
/// more); stated shares and rates keep the decimals the source wrote, recomputed ones get two, so that 9,19% can be
/// told from 9,2%.
/// </remarks>
public sealed class AuditNarrator
{
    private readonly NarrativeStyle style;
    private readonly IndicatorCatalog catalog;
    private readonly Glossary glossary;
    private readonly CultureInfo culture;

    // Periods in the narrator's words ("quý I/2024", "năm 2024"), so that the audit names them as the sentences do.
    private readonly Narrator periods;

    /// <summary>Initializes a new instance of the <see cref="AuditNarrator"/> class.</summary>
    /// <param name="style">The style (language, culture, phrase overrides); Vietnamese by default.</param>
    /// <param name="catalog">The catalogue the indicators' names come from; the default when null.</param>
    /// <param name="glossary">English names of breakdown members; the default when null.</param>
    public AuditNarrator(NarrativeStyle? style = null, IndicatorCatalog? catalog = null, Glossary? glossary = null)
    {
        this.style = style ?? NarrativeStyle.Vietnamese;
        this.catalog = catalog ?? IndicatorCatalog.Default;
        this.glossary = glossary ?? Glossary.Default;
        culture = this.style.Culture;
        periods = new Narrator(this.style, this.catalog, this.glossary);
    }

    /// <summary>Writes a finding as a sentence: what was compared, the figures, the difference and the verdict.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The sentence.</returns>
    public string Describe(AuditFinding finding)
    {
        Preconditions.CheckNotNull(finding);
        var f = finding;
        var indicator = catalog.Resolve(f.Indicator, f.Unit);
        var name = PhraseBook.Capitalize(PhraseBook.IndicatorName(style, indicator, shortName: false), culture);
        var subject = f.Whole.Length == 0 ? name : Fill("audit.subject.part", new Dictionary<string, string>(StringComparer.Ordinal) { ["Name"] = name, ["whole"] = Member(f.Whole) });
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Subject"] = subject,
            ["period"] = periods.DescribePeriod(f.Period),
            ["part"] = Member(f.Part),
            ["parts"] = Parts(f),
            ["dimension"] = Dimension(f.Dimension, plural: true),
            ["missing"] = string.Join(", ", f.PartsWithoutValue.Select(Member)),
            ["count"] = Integer(f.Check == AuditCheck.MonthlyVsCumulative ? f.Period.Months().Count() : f.Parts.Count),
            ["present"] = Integer(f.Months.Count),
            ["release"] = f.Release is { } r ? periods.DescribePeriod(r) : string.Empty,
            ["comparison"] = Phrase(f.Rate == RateComparison.MonthOnMonth ? "previousMonth" : "samePeriod.lastYear"),
        };
        slots["without"] = f.PartsWithoutValue.Count == 0 ? string.Empty : Fill("audit.withoutValue", new Dictionary<string, string>(StringComparer.Ordinal) { ["items"] = slots["missing"] });

        var percent = f.Check is AuditCheck.ShareVsValue or AuditCheck.TotalGrowthVsParts or AuditCheck.StatedVsComputedRate;
        var signedRates = f.Check != AuditCheck.ShareVsValue;
        if (percent)
        {
            slots["stated"] = Percent(f.Expected, StatedDecimals(f.ExpectedDecimals), signedRates);
            slots["share"] = slots["growth"] = slots["computed"] = Percent(f.Actual, 2, signedRates);
            slots["points"] = Points(f.Difference, signed: true);
            slots["tol"] = Points(f.Tolerance, signed: false);
            slots["total"] = Amount(f.WholeValue, f.Unit);
            slots["partValue"] = Amount(f.PartValue, f.Unit);
            slots["partRate"] = Percent(f.PartRate, StatedDecimals(f.PartRateDecimals), signed: true);
            slots["base"] = Amount(f.ImpliedBase, f.Unit, minDecimals: 1);
        }
        else
        {
            slots["total"] = Amount(f.Expected, f.Unit);
            slots["sum"] = Amount(f.Actual, f.Unit);
            slots["diff"] = Math.Abs(f.Difference) < 1e-9 ? string.Empty : Amount(Math.Abs(f.Difference), f.Unit);
            slots["signedDiff"] = Amount(f.Difference, f.Unit, signed: true);
            slots["tol"] = Amount(f.Tolerance, f.Unit);
            slots["direction"] = Phrase(Math.Abs(f.Difference) < 1e-9 ? "audit.equal" : f.Difference > 0 ? "audit.more" : "audit.less");
            slots["coverage"] = f.Expected > 0 ? Percent(f.Actual / f.Expected * 100, 1, signed: false) : Phrase("audit.coverage.undefined");
            slots["month"] = f.Months.Count > 0 ? periods.DescribePeriod(f.Months[0]) : string.Empty;
            slots["monthValue"] = Amount(f.PartValue, f.Unit);
        }

        return Fill(TemplateKey(f), slots);
    }

    /// <summary>Names a severity in the style's language ("Lỗi", "Cảnh báo", "Thông tin").</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public string Severity(FindingSeverity severity) => Phrase("audit.severity." + severity.ToString());

    /// <summary>Writes a finding as a list item of a report: its severity, then its sentence.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The line.</returns>
    public string Line(AuditFinding finding)
    {
        Preconditions.CheckNotNull(finding);
        return Fill("audit.line", new Dictionary<string, string>(StringComparer.Ordinal) { ["severity"] = Severity(finding.Severity), ["text"] = Describe(finding) });
    }

    /// <summary>The template of a finding: its check, then what the check concluded.</summary>
    private static string TemplateKey(AuditFinding f)
    {
        var outcome = f.Verdict switch
        {
            FindingVerdict.Consistent => "consistent",
            FindingVerdict.Inconsistent => "inconsistent",
            _ => f.Obstacle switch
            {
                FindingObstacle.PartsWithoutValue => "partsWithoutValue",
                FindingObstacle.PartWithoutValue => "partWithoutValue",
                FindingObstacle.TotalWithoutValue => "totalWithoutValue",
                FindingObstacle.TotalNotPositive => "totalNotPositive",
                FindingObstacle.NoValuesOrWeights => "noValuesOrWeights",
                FindingObstacle.RateImpliesNoBase => "rateImpliesNoBase",
                FindingObstacle.MonthsMissing => "monthsMissing",
                _ => "notCheckable",
            },
        };
        var check = f.Check switch
        {
            AuditCheck.PartsVsTotal => Analytics.Indicators.Dimension.FromName(f.Dimension).Relation == PartsRelation.Partition && f.Whole.Length == 0 ? "parts" : "selection",
            AuditCheck.ShareVsValue => "share",
            AuditCheck.TotalGrowthVsParts => "growth",
            AuditCheck.MonthlyVsCumulative => f.Verdict == FindingVerdict.Inconsistent && f.Obstacle == FindingObstacle.MonthsMissing ? "month" : "months",
            _ => "revision",
        };
        return $"audit.{check}.{outcome}";
    }

    private string Parts(AuditFinding f)
    {
        var count = f.Parts.Count;
        return Fill("audit.parts.count", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["n"] = Integer(count),
            ["dimension"] = Dimension(f.Dimension, plural: count != 1),
        });
    }

    private string Dimension(string dimension, bool plural)
    {
        if (dimension.Length == 0)
        {
            return string.Empty;
        }

        var key = "audit.dimension." + dimension + (plural ? string.Empty : ".one");
        var word = Phrase(key);
        if (word.Length == 0 && !plural)
        {
            word = Phrase("audit.dimension." + dimension);
        }

        return word.Length > 0 ? word : Fill("audit.dimension.other", new Dictionary<string, string>(StringComparer.Ordinal) { ["dimension"] = dimension });
    }

    // The finding's names as the data wrote them, in English from the glossary's exact entries.
    private string Member(string vietnamese)
        => PhraseBook.MemberName(style, glossary, vietnamese, fromGlossary: (name, inVietnamese) => inVietnamese ? name : glossary.English(name));

    private int StatedDecimals(int decimals) => decimals >= 0 ? Math.Min(decimals, style.MaxRateDecimals) : style.RateDecimals;

    private static string Integer(int n) => n.ToString(CultureInfo.InvariantCulture);

    private string Amount(double value, Unit? unit, bool signed = false, int minDecimals = 0)
    {
        if (double.IsNaN(value))
        {
            return string.Empty;
        }

        var number = Number(value, Math.Max(minDecimals, Math.Abs(value - Math.Round(value)) < 1e-9 ? 0 : 1), signed);
        return unit is null ? number : PhraseBook.WithUnit(style, number, unit);
    }

    private string Percent(double value, int decimals, bool signed)
        => double.IsNaN(value) ? string.Empty : Number(value, decimals, signed) + "%";

    private string Points(double value, bool signed) => double.IsNaN(value) ? string.Empty : Number(value, 2, signed);

    /// <summary>A number in the style's culture; a value smaller than the shown precision gets more digits rather than "0".</summary>
    private string Number(double value, int decimals, bool signed)
    {
        var d = decimals;
        while (value != 0 && d < 6 && Math.Abs(value) < 0.5 * Math.Pow(10, -d))
        {
            d++;
        }

        var text = ReportNumbers.Format(value, d, culture, style.KeepTrailingZeros);
        return signed && value > 0 && text != "0" ? "+" + text : text;
    }

    private string Phrase(string key) => PhraseBook.Template(style, key);

    private string Fill(string key, IReadOnlyDictionary<string, string> slots) => PhraseBook.Fill(Phrase(key), slots);
}
