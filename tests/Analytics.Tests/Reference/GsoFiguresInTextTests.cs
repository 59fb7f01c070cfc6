using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Xunit.Abstractions;

namespace Analytics.Tests.Reference;

/// <summary>
/// Issue 18, done-when 1: every month January 2023 – December 2024 of data/gso/gso_vn_monthly.csv narrated in
/// Vietnamese with data/gso/style.json (the GSO's wording) and in English with the same style, and the same months
/// imported from the GSO's own workbooks (data/gso/workbooks, as `import --gso` reads them); the figures are read
/// back out of the sentences (value, month on month, year on year, cumulative value and rate, for the totals and
/// every breakdown) and each one compared with what the GSO published (data/gso/gso_vn_monthly_headline.csv) at the
/// precision the GSO displays: rates to two decimals, values in tỷ USD to two and in nghìn tỷ đồng to one, rounded
/// half away from zero. Month on month where the GSO states no rate is the month's estimate over last month as revised
/// in the same release (value_revised of the month before; for January, December's estimate, which January's release
/// does not revise).
/// </summary>
public sealed partial class GsoFiguresInTextTests(ITestOutputHelper output)
{
    private static readonly ObservationStore Gso = new(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations);

    private static readonly NarrativeStyle Vietnamese = NarrativeStyle.Load(TestData.Path("gso/style.json"));

    private static readonly NarrativeStyle English = Vietnamese with { Language = "en", CultureName = "en-US" };

    // (headline indicator, breakdown) → the store's series.
    private static readonly Dictionary<(string, string), (string Indicator, string Breakdown)> Series = new()
    {
        [("CPI", "Chung")] = ("CPI", ""),
        [("IIP", "Toàn ngành")] = ("IIP", ""),
        [("IIP", "B. Khai khoáng")] = ("IIP", "B. Khai khoáng"),
        [("IIP", "C. Chế biến, chế tạo")] = ("IIP", "C. Chế biến, chế tạo"),
        [("IIP", "D. Sản xuất và phân phối điện")] = ("IIP", "D. Sản xuất và phân phối điện"),
        [("IIP", "E. Cung cấp nước, xử lý rác thải, nước thải")] = ("IIP", "E. Cung cấp nước, xử lý rác thải, nước thải"),
        [("EXPORT", "Tổng trị giá")] = ("EXPORT", ""),
        [("EXPORT", "Khu vực kinh tế trong nước")] = ("EXPORT", "Khu vực kinh tế trong nước"),
        [("EXPORT", "Khu vực có vốn đầu tư nước ngoài")] = ("EXPORT", "Khu vực có vốn đầu tư nước ngoài"),
        [("IMPORT", "Tổng trị giá")] = ("IMPORT", ""),
        [("IMPORT", "Khu vực kinh tế trong nước")] = ("IMPORT", "Khu vực kinh tế trong nước"),
        [("IMPORT", "Khu vực có vốn đầu tư nước ngoài")] = ("IMPORT", "Khu vực có vốn đầu tư nước ngoài"),
        [("RETAIL_TOTAL", "Tổng mức")] = ("RETAIL", ""),
        [("RETAIL_GOODS", "Bán lẻ hàng hóa")] = ("RETAIL", "Bán lẻ hàng hóa"),
        [("RETAIL_ACCOM_FOOD", "Dịch vụ lưu trú, ăn uống")] = ("RETAIL", "Dịch vụ lưu trú, ăn uống"),
        [("RETAIL_TRAVEL", "Du lịch lữ hành")] = ("RETAIL", "Du lịch lữ hành"),
        [("RETAIL_OTHER_SERVICES", "Dịch vụ khác")] = ("RETAIL", "Dịch vụ khác"),
    };

    // How a breakdown is named in a sentence, per language (the first pattern a clause matches names its subject).
    private static readonly (string Breakdown, Regex Vi, Regex En)[] Names =
    [
        ("B. Khai khoáng", new("ngành khai khoáng", RegexOptions.IgnoreCase), new("mining and quarrying")),
        ("C. Chế biến, chế tạo", new("ngành chế biến, chế tạo", RegexOptions.IgnoreCase), new("manufacturing")),
        ("D. Sản xuất và phân phối điện", new("ngành sản xuất và phân phối điện", RegexOptions.IgnoreCase), new("electricity")),
        ("E. Cung cấp nước, xử lý rác thải, nước thải", new("ngành cung cấp nước", RegexOptions.IgnoreCase), new("water supply")),
        ("Khu vực kinh tế trong nước", new("khu vực kinh tế trong nước", RegexOptions.IgnoreCase), new("domestic sector")),
        ("Khu vực có vốn đầu tư nước ngoài", new("khu vực có vốn đầu tư nước ngoài", RegexOptions.IgnoreCase), new("foreign-invested sector")),
        ("Bán lẻ hàng hóa", new("(?<!tổng mức )bán lẻ hàng hóa(?! và doanh thu)", RegexOptions.IgnoreCase), new("retail sales of goods(?! and consumer)", RegexOptions.IgnoreCase)),
        ("Dịch vụ lưu trú, ăn uống", new("dịch vụ lưu trú, ăn uống", RegexOptions.IgnoreCase), new("accommodation and food")),
        ("Du lịch lữ hành", new("du lịch lữ hành", RegexOptions.IgnoreCase), new("travel services")),
        ("Dịch vụ khác", new("dịch vụ khác", RegexOptions.IgnoreCase), new("other services")),
    ];

    private enum Measure
    {
        Value,
        MonthOnMonth,
        YearOnYear,
    }

    private sealed record Stated(string Indicator, string Breakdown, bool Cumulative, Measure Measure, decimal Number, int Decimals, bool Multiple, string Sentence);

    private static readonly Lazy<Dictionary<(string Month, string Indicator, string Breakdown), Dictionary<string, string>>> Published = new(() =>
    {
        var lines = File.ReadAllLines(TestData.Path("gso/gso_vn_monthly_headline.csv"));
        var header = CsvFields(lines[0]);
        var rows = new Dictionary<(string, string, string), Dictionary<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var row = header.Zip(CsvFields(line)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            if (Series.TryGetValue((row["indicator"], row["breakdown"]), out var s))
            {
                rows[(row["month"], s.Indicator, s.Breakdown)] = row;
            }
        }

        return rows;
    });

    // The 36 GSO workbooks of 2022–2024 as `import --gso` reads them, the indicators of the headline table only (the
    // workbooks hold many more: CPI groups, commodities, products).
    private static readonly Lazy<ObservationStore> Workbooks = new(() =>
    {
        var wanted = Series.Values.ToHashSet();
        return new ObservationStore(Analytics.Tests.Io.GsoWorkbookHeadlineTests.Import().Observations.Where(o => wanted.Contains((o.Indicator, o.Breakdown))));
    });

    public static TheoryData<string, string> Languages => new() { { "csv", "vi" }, { "csv", "en" }, { "workbooks", "vi" }, { "workbooks", "en" } };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryMonth2023To2024_StatesTheGsosFigures(string source, string language)
    {
        var store = source == "csv" ? Gso : Workbooks.Value;
        var style = language == "vi" ? Vietnamese : English;
        var narrator = new Narrator(style);
        int checkedFigures = 0, multiples = 0;
        var wrong = new List<string>();
        var unknown = new List<string>();
        var missing = new List<string>();
        for (var month = Period.Month(2023, 1); month <= Period.Month(2024, 12); month = month.PlusMonths(1))
        {
            var narration = narrator.Narrate(store, month);
            var found = new HashSet<(string, string, bool, Measure)>();
            foreach (var figure in narration.Paragraphs.SelectMany(p => Read(p, style)))
            {
                var key = (figure.Indicator, figure.Breakdown, figure.Cumulative && month.LastMonth > 1, figure.Measure);
                var expected = Expected(month, figure.Indicator, figure.Breakdown, key.Item3, figure.Measure);
                if (expected is null)
                {
                    unknown.Add($"{month} {figure.Indicator}/{figure.Breakdown} {(key.Item3 ? "cumulative" : "month")} {figure.Measure} {figure.Number}: no published figure. «{figure.Sentence}»");
                    continue;
                }

                found.Add(key);
                var (value, unitFactor) = expected.Value;
                bool right;
                if (figure.Multiple)
                {
                    // "gấp 2,2 lần": the ratio to a year earlier, to one decimal.
                    multiples++;
                    right = figure.Number == RoundAway((decimal)(1 + (value / 100)), 1);
                }
                else
                {
                    // The headline table itself rounds some rates to three decimals (−17,685 for the workbook's
                    // −17,68497): on such a tie at the GSO's precision either neighbour is the GSO's figure.
                    var decimals = figure.Measure == Measure.Value ? ValueDecimals(style, figure.Indicator) : 2;
                    var exact = (decimal)(value / unitFactor);
                    var tie = figure.Measure != Measure.Value && Math.Round(exact, decimals + 1) == exact && Math.Abs(exact * Pow10(decimals + 1)) % 10 == 5;
                    right = figure.Number == RoundAway(exact, decimals) || (tie && figure.Number == Math.Round(exact, decimals, MidpointRounding.ToZero));
                }

                checkedFigures++;
                if (!right)
                {
                    wrong.Add($"{month} {figure.Indicator}/{figure.Breakdown} {(key.Item3 ? "cumulative" : "month")} {figure.Measure}: text {figure.Number}, GSO {value / unitFactor}. «{figure.Sentence}»");
                }
            }

            foreach (var (k, row) in Published.Value.Where(p => p.Key.Month == month.ToString()))
            {
                foreach (var (cumulative, measure) in new[] { (false, Measure.Value), (false, Measure.MonthOnMonth), (false, Measure.YearOnYear), (true, Measure.Value), (true, Measure.YearOnYear) })
                {
                    if ((!cumulative || month.LastMonth > 1) && Expected(month, k.Indicator, k.Breakdown, cumulative, measure) is not null && !found.Contains((k.Indicator, k.Breakdown, cumulative, measure)))
                    {
                        missing.Add($"{month} {k.Indicator}/{k.Breakdown} {(cumulative ? "cumulative" : "month")} {measure}");
                    }
                }
            }
        }

        output.WriteLine($"{source}, {language}: {checkedFigures} figures checked ({multiples} multiples), {wrong.Count} wrong, {unknown.Count} without a published figure, {missing.Count} published figures not stated.");
        wrong.Concat(unknown).Concat(missing).Take(60).ToList().ForEach(output.WriteLine);
        Assert.Empty(wrong);
        Assert.Empty(unknown);
        Assert.Empty(missing);
        Assert.True(checkedFigures >= 1000, $"only {checkedFigures} figures read from the text");
    }

    [Fact]
    public void Workbooks_September2024Exports_ComparesWithAugustAsRevisedInTheRelease()
    {
        // The September workbook states September (34.049,6) and January–September (299.625,1) but not August; August
        // as revised then is 299.625,1 − 34.049,6 − (265.091,0 − 37.589,7) = 38.074,2 (the August workbook's figures),
        // and the GSO's release reads "giảm 10,57% so với tháng trước", not −9,42% against August's first estimate.
        var text = new Narrator(Vietnamese).Narrate(Workbooks.Value, Period.Month(2024, 9)).ToString();
        Assert.Contains("kim ngạch xuất khẩu hàng hóa sơ bộ đạt 34,05 tỷ USD, giảm 10,57% so với tháng trước", text, StringComparison.Ordinal);
        Assert.Contains("kim ngạch nhập khẩu sơ bộ đạt 31,76 tỷ USD, giảm 6,94% so với tháng trước", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9,42%", text, StringComparison.Ordinal);
        var august = Workbooks.Value.ViewOfRelease(Period.Month(2024, 9)).Get(new SeriesKey("EXPORT", string.Empty), Period.Month(2024, 8))!;
        Assert.Equal(38074.176, august.Value, 0.01);
        Assert.Equal(ObservationStatus.Preliminary, august.Status);
    }

    private static int ValueDecimals(NarrativeStyle style, string indicator)
        => style.UnitDecimals[indicator is "EXPORT" or "IMPORT" ? "USD" : "đồng"];

    // The published figure and the factor from its unit (triệu USD, tỷ đồng) to the unit the text writes (tỷ USD, nghìn tỷ đồng).
    private static (double Value, double UnitFactor)? Expected(Period month, string indicator, string breakdown, bool cumulative, Measure measure)
    {
        if (!Published.Value.TryGetValue((month.ToString(), indicator, breakdown), out var row))
        {
            return null;
        }

        double? Num(string column) => row[column].Length == 0 ? null : double.Parse(row[column], CultureInfo.InvariantCulture);
        var factor = indicator is "EXPORT" or "IMPORT" or "RETAIL" ? 1000.0 : 1.0;
        double? value = (cumulative, measure) switch
        {
            (false, Measure.Value) => Num("value_first_estimate"),
            (true, Measure.Value) => Num("ytd_value"),
            (false, Measure.YearOnYear) => Num("yoy_pct_first_estimate"),
            (true, Measure.YearOnYear) => Num("ytd_yoy_pct"),
            (false, Measure.MonthOnMonth) when indicator is "IIP" or "CPI" => Num("mom_pct_first_estimate"),
            // December is not revised in January's release (the table has no value_revised for it): January is
            // compared with December as known then, its estimate.
            (false, Measure.MonthOnMonth) => Published.Value.TryGetValue((month.PlusMonths(-1).ToString(), indicator, breakdown), out var before)
                && Num("value_first_estimate") is { } first
                ? ((first / double.Parse(before["value_revised"].Length > 0 ? before["value_revised"] : before["value_first_estimate"], CultureInfo.InvariantCulture)) - 1) * 100
                : null,
            _ => null,
        };
        return value is { } v ? (v, measure == Measure.Value ? factor : 1.0) : null;
    }

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);

    private static decimal RoundAway(decimal x, int decimals) => Math.Round(x, decimals, MidpointRounding.AwayFromZero);

    // The figures a paragraph states, each with what it is a figure of.
    private static IEnumerable<Stated> Read(Paragraph paragraph, NarrativeStyle style)
    {
        var vi = style.IsVietnamese;
        var culture = style.Culture;
        var cumulative = false;
        foreach (var sentence in SentenceEnd().Split(paragraph.Text))
        {
            var lead = sentence.TrimStart();
            if (vi ? lead.StartsWith("Tính chung", StringComparison.Ordinal) || lead.StartsWith("Bình quân", StringComparison.Ordinal)
                   : lead.StartsWith("Over ", StringComparison.Ordinal) || lead.StartsWith("On average", StringComparison.Ordinal))
            {
                cumulative = true;
            }
            else if (!(vi ? lead.StartsWith("Trong đó", StringComparison.Ordinal) : lead.StartsWith("By ", StringComparison.Ordinal) || lead.StartsWith("Of which", StringComparison.Ordinal)))
            {
                cumulative = false;
            }

            foreach (var clause in sentence.Split("; "))
            {
                var indicator = paragraph.Indicator.Contains('+', StringComparison.Ordinal)
                    ? (vi ? clause.Contains("nhập khẩu", StringComparison.Ordinal) : clause.Contains("import", StringComparison.OrdinalIgnoreCase)) ? "IMPORT" : "EXPORT"
                    : paragraph.Indicator;
                var breakdown = Names.FirstOrDefault(n => (vi ? n.Vi : n.En).IsMatch(clause)).Breakdown ?? string.Empty;
                var figures = (vi ? ViFigure() : EnFigure()).Matches(clause).ToList();
                for (var i = 0; i < figures.Count; i++)
                {
                    var m = figures[i];
                    var end = i + 1 < figures.Count ? figures[i + 1].Index : clause.Length;
                    var after = clause[(m.Index + m.Length)..end];
                    var number = m.Groups["flat"].Success ? 0m : decimal.Parse(m.Groups["n"].Value, NumberStyles.Number, culture);
                    if (m.Groups["unit"].Success)
                    {
                        yield return new Stated(indicator, breakdown, cumulative, Measure.Value, number, 0, false, sentence);
                        continue;
                    }

                    var measure = (vi ? after.Contains("tháng trước", StringComparison.Ordinal) : after.Contains("previous month", StringComparison.Ordinal))
                        ? Measure.MonthOnMonth : Measure.YearOnYear;
                    if (m.Groups["times"].Success)
                    {
                        yield return new Stated(indicator, breakdown, cumulative, Measure.YearOnYear, number, 1, true, sentence);
                        continue;
                    }

                    var down = m.Groups["sign"].Value is "giảm" or "down" or "-";
                    yield return new Stated(indicator, breakdown, cumulative, measure, down ? -number : number, 2, false, sentence);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<=\.)\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    // "tăng 2,8%", "giảm 0,19%", "không đổi", "34,05 tỷ USD", "gấp 2,2 lần".
    [GeneratedRegex(@"(?:(?<flat>không đổi)|(?<sign>tăng|giảm)\s+(?<n>\d[\d.]*(?:,\d+)?)%|(?<n>\d[\d.]*(?:,\d+)?)\s(?<unit>triệu tỷ đồng|nghìn tỷ đồng|tỷ đồng|tỷ USD|triệu USD)|gấp\s(?<times>)(?<n>\d+(?:,\d+)?)\slần)")]
    private static partial Regex ViFigure();

    // "up 2.8%", "down 0.19%", "-6.45%", "+9.87%", "USD 34.05 billion", "VND 535.8 trillion", "2.2 times".
    [GeneratedRegex(@"(?:(?<flat>unchanged)|(?<sign>up|down)\s+(?<n>\d[\d,]*(?:\.\d+)?)%|(?<sign>[+-])(?<n>\d[\d,]*(?:\.\d+)?)%|(?:USD|VND)\s(?<n>\d[\d,]*(?:\.\d+)?)\s(?<unit>trillion|billion|million|thousand)|(?<times>)(?<n>\d+(?:\.\d+)?)\stimes)")]
    private static partial Regex EnFigure();

    private static string[] CsvFields(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(ch);
            }
        }

        fields.Add(sb.ToString());
        return [.. fields];
    }
}
