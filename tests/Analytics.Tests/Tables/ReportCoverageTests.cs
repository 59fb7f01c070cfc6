using System.Globalization;
using Analytics.Indicators;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;
using Xunit.Abstractions;

namespace Analytics.Tests.Tables;

/// <summary>
/// Issue 18, item 4: nothing in the report's periods is dropped without a note. On random stores (known and unknown
/// indicators, sectors and components with parts of their own, ownership, products in chiếc and nghìn tấn,
/// commodities, markets with countries) every observation of the report's month and of the months from January to it
/// appears in a sentence (its name, and its year-on-year rate where the source states one), or a note names it (or
/// its indicator, for a list cut to the style's top N). The annex tables hold more, but every breakdown has its words.
/// </summary>
public sealed class ReportCoverageTests(ITestOutputHelper output)
{
    private sealed record Spec(string Code, Unit? Unit, bool Index, (string Dimension, string Name, string Parent, Unit? Unit)[] Members);

    private static readonly Spec[] Indicators =
    [
        new("IIP", null, true, [("sector", "B. Khai khoáng", "", null), ("sector", "C. Chế biến, chế tạo", "", null), ("sector", "D. Sản xuất và phân phối điện", "", null)]),
        new("IND_VALUE", Unit.BillionDong, false, [("sector", "Công nghiệp khai khoáng", "", null), ("sector", "Công nghiệp chế biến, chế tạo", "", null)]),
        new("RETAIL", Unit.BillionDong, false, [("component", "Bán lẻ hàng hóa", "", null), ("component", "Lương thực, thực phẩm", "Bán lẻ hàng hóa", null), ("component", "Dịch vụ lưu trú, ăn uống", "", null), ("component", "Dịch vụ khác", "", null)]),
        new("EXPORT", Unit.MillionUsd, false, [("ownership", "Khu vực kinh tế trong nước", "", null), ("ownership", "Khu vực có vốn đầu tư nước ngoài", "", null), ("commodity", "Dệt may", "", null), ("commodity", "Da giày", "", null), ("commodity", "Thủy sản", "", null), ("market", "Châu Á", "", null), ("market", "Nhật Bản", "Châu Á", null), ("market", "Châu Âu", "", null)]),
        new("IMPORT", Unit.MillionUsd, false, [("ownership", "Khu vực kinh tế trong nước", "", null), ("ownership", "Khu vực có vốn đầu tư nước ngoài", "", null), ("commodity", "Xăng dầu", "", null), ("commodity", "Sắt thép", "", null)]),
        new("IND_PRODUCT", null, false, [("product", "Ô tô", "", Unit.Parse("chiếc")), ("product", "Xi măng", "", Unit.Parse("nghìn tấn")), ("product", "Điện sản xuất", "", Unit.Parse("triệu kWh")), ("product", "Thép cán", "", Unit.Parse("nghìn tấn"))]),
        new("CPI", null, true, [("component", "Hàng ăn và dịch vụ ăn uống", "", null), ("component", "Giao thông", "", null)]),
        new("TOURISM_REVENUE", Unit.BillionDong, false, [("component", "Lưu trú", "", null), ("component", "Lữ hành", "", null)]),
    ];

    public static TheoryData<string> Styles => new() { "vi", "en", "gso" };

    [Theory]
    [MemberData(nameof(Styles))]
    public void Build_RandomStores_EveryObservationOfTheReportsPeriodsIsInTextTableOrNote(string styleName)
    {
        var style = styleName switch
        {
            "en" => NarrativeStyle.English,
            "gso" => NarrativeStyle.Load(TestData.Path("gso/style.json")),
            _ => NarrativeStyle.Vietnamese,
        };
        var vi = style.IsVietnamese;
        var dropped = new List<string>();
        var observations = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var rng = new Random(seed);
            var month = Period.Month(2024, rng.Next(1, 13));
            var store = RandomStore(rng, month);
            var report = ReportBuilder.Build(store, month, style);
            var text = string.Join("\n", report.Narration.Paragraphs.Select(p => p.Text)).ToLower(style.Culture);
            var notes = string.Join("\n", report.Notes).ToLower(style.Culture);
            var view = store.ViewOfRelease(month);
            foreach (var key in store.Series)
            {
                foreach (var period in new[] { month, month.ToYearToDate() }.Distinct())
                {
                    if (view.Get(key, period) is not { } o)
                    {
                        continue;
                    }

                    observations++;
                    var indicator = IndicatorCatalog.Default.Resolve(key.Indicator, o.Unit);
                    var name = (key.IsTotal ? vi ? indicator.ShortNameVi : indicator.ShortNameEn : Glossary.Default.InSentence(key.Breakdown, vi)).ToLower(style.Culture);
                    var indicatorName = (vi ? indicator.ShortNameVi : indicator.ShortNameEn).ToLower(style.Culture);
                    var fullName = (vi ? indicator.NameVi : indicator.NameEn).ToLower(style.Culture);
                    var named = text.Contains(name, StringComparison.Ordinal) || (key.IsTotal && text.Contains(fullName, StringComparison.Ordinal));
                    var rate = !o.YearOnYear.IsStated || RateShown(o.YearOnYear.Percent, style, text);
                    var noted = notes.Contains(name, StringComparison.Ordinal) || (!key.IsTotal && notes.Contains(indicatorName, StringComparison.Ordinal));
                    if (!((named && rate) || noted))
                    {
                        dropped.Add($"seed {seed}, {month}: {key} {period} ({(named ? "named" : "not named")}, {(rate ? "rate shown" : "rate not shown")}, no note)");
                    }
                }
            }
        }

        output.WriteLine($"{styleName}: {observations} observations in the reports' periods, {dropped.Count} dropped without a note.");
        dropped.Take(40).ToList().ForEach(output.WriteLine);
        Assert.True(observations > 1000, $"only {observations} observations");
        Assert.Empty(dropped);
    }

    // The rate as a sentence writes it (6,5), or as an index (106,5).
    private static bool RateShown(double percent, NarrativeStyle style, string haystack)
    {
        for (var d = 0; d <= style.MaxRateDecimals; d++)
        {
            if (haystack.Contains(ReportNumbers.Format(Math.Abs(percent), d, style.Culture), StringComparison.Ordinal)
                || haystack.Contains(ReportNumbers.Format(100 + percent, d, style.Culture), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ObservationStore RandomStore(Random rng, Period month)
    {
        var list = new List<Observation>();
        foreach (var spec in Indicators.Where(_ => rng.NextDouble() < 0.7))
        {
            var members = spec.Members.Where(_ => rng.NextDouble() < 0.8).ToList();
            var keys = new List<(string Dimension, string Name, string Parent, Unit? Unit)> { (string.Empty, string.Empty, string.Empty, spec.Unit) };
            keys.AddRange(members.Where(m => m.Parent.Length == 0 || members.Any(p => p.Name == m.Parent)));
            foreach (var (dimension, name, parent, unit) in keys)
            {
                var level = 100 + (rng.NextDouble() * 5000);
                var valued = !spec.Index && (unit ?? spec.Unit) is not null;
                void Add(Period p, double value, double? yoy) => list.Add(new Observation
                {
                    Indicator = spec.Code,
                    Breakdown = name,
                    Dimension = dimension,
                    Parent = parent,
                    Period = p,
                    Value = valued ? Math.Round(value, 1) : double.NaN,
                    Unit = valued ? unit ?? spec.Unit : null,
                    YearOnYear = yoy is { } y ? new StatedRate(Math.Round(y, 1), 1) : StatedRate.None,
                    MonthOnMonth = spec.Index && p.Kind == PeriodKind.Month ? new StatedRate(Math.Round((rng.NextDouble() * 6) - 3, 2), 2) : StatedRate.None,
                    Status = ObservationStatus.Estimate,
                });

                // The months of last year and of this year to the report's month (when the rates are computed), or
                // only the report's month and its cumulative period with their stated rates.
                if (valued && rng.NextDouble() < 0.5)
                {
                    for (var p = Period.Month(2023, 1); p <= month; p = p.PlusMonths(1))
                    {
                        Add(p, level * (0.8 + (rng.NextDouble() * 0.4)), null);
                    }
                }
                else
                {
                    Add(month, level, (rng.NextDouble() * 40) - 15);
                    if (month.LastMonth > 1)
                    {
                        Add(month.ToYearToDate(), level * month.LastMonth, (rng.NextDouble() * 40) - 15);
                    }
                }
            }
        }

        return new ObservationStore(list);
    }
}
