using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Analytics.Internal;

namespace Analytics.Narrative;

/// <summary>
/// How sentences and tables are written: language, culture of numbers, precision, wording choices and phrase
/// templates. Load one from a JSON file with <see cref="Load"/>; every property is optional there.
/// </summary>
public sealed record NarrativeStyle
{
    /// <summary>
    /// Gets the language of the text: <c>vi</c> (the reports' language), <c>en</c>, or another language tag whose
    /// templates and names <see cref="Phrases"/> gives (what it leaves out is written from the English book, and a
    /// name borrowed from English is noted).
    /// </summary>
    public string Language { get; init; } = "vi";

    /// <summary>Gets the culture of the numbers; vi-VN for Vietnamese text and en-US for English unless set.</summary>
    [JsonIgnore]
    public CultureInfo Culture
    {
        get => culture ?? CultureInfo.GetCultureInfo(IsVietnamese ? "vi-VN" : "en-US");
        init => culture = value;
    }

    /// <summary>Gets or sets the culture's name, for JSON (e.g. "vi-VN").</summary>
    [JsonPropertyName("culture")]
    public string? CultureName
    {
        get => culture?.Name;
        init => culture = value is null ? null : CultureInfo.GetCultureInfo(value, predefinedOnly: true);
    }

    /// <summary>Gets the decimals of computed rates and shares (stated rates keep the decimals the source wrote). Default 1.</summary>
    public int RateDecimals { get; init; } = 1;

    /// <summary>
    /// Gets the most decimals a stated rate is written with (default 2: "2,88%" as the seed writes it, while a source's
    /// "2,6334%" becomes "2,63%").
    /// </summary>
    public int MaxRateDecimals { get; init; } = 2;

    /// <summary>
    /// Gets the most decimals a value is written with, or null for the reports' habit by magnitude: none from 1.000 up
    /// ("72.007 tỷ đồng"), one from 100 ("121,4 triệu USD"), two below. A value never gets more decimals than its source wrote.
    /// </summary>
    public int? MaxValueDecimals { get; init; }

    /// <summary>Gets a value indicating whether a trailing ",0" is kept (12,0%) rather than dropped (12%) as the seed does.</summary>
    public bool KeepTrailingZeros { get; init; }

    /// <summary>Gets how the same period of last year is named by default.</summary>
    public SamePeriodWording SamePeriod { get; init; } = SamePeriodWording.NamedYear;

    /// <summary>Gets how growth of 100% or more is written.</summary>
    public MultipleWording Multiples { get; init; } = MultipleWording.IncreaseBy;

    /// <summary>Gets a value indicating whether annex tables show comparisons as indices (109,2 for +9,2%), as GSO tables do, rather than as growth rates.</summary>
    public bool TableRatesAsIndex { get; init; } = true;

    /// <summary>
    /// Gets the growth on a year earlier, in percent, from which a product is listed as rising fast ("có tốc độ tăng
    /// cao", default 5); products rising less are listed without the judging word.
    /// </summary>
    public double StrongRise { get; init; } = 5;

    /// <summary>
    /// Gets the fall on a year earlier, in percent and positive, from which a product is listed as falling sharply
    /// ("giảm mạnh", default 10); products falling less are listed without the judging word.
    /// </summary>
    public double StrongFall { get; init; } = 10;

    /// <summary>
    /// Gets the most items a list names (products rising or falling, export commodities), or null to name every item
    /// in the source's order (the default, as the seed report does). When set, the items are ranked (commodities by
    /// value, products by their growth or fall), the list ends with "…" and a note says how many are left out.
    /// </summary>
    public int? MaxItems { get; init; }

    /// <summary>
    /// Gets the unit values of a family are written in, by family: <c>{ "đồng": "nghìn tỷ đồng", "USD": "tỷ USD" }</c>
    /// for a national report, <c>{ "đồng": "tỷ đồng", "USD": "triệu USD" }</c> for a province, or "byMagnitude" for the
    /// largest unit in which the value is at least 1 (535.773 tỷ đồng → 535,8 nghìn tỷ đồng). A family not named keeps
    /// the unit the data is in (the default). Families: "đồng" (also "VND"), "USD".
    /// </summary>
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Gets the most decimals of a value in a family's unit, by family (the GSO: <c>{ "đồng": 1, "USD": 2 }</c>, "535,8
    /// nghìn tỷ đồng", "34,05 tỷ USD"); a family not named uses <see cref="MaxValueDecimals"/>. As always, a value never
    /// gets more decimals than its source wrote (34.050 triệu USD is 34,05 tỷ USD: the source's units digit is the
    /// third decimal of the larger unit).
    /// </summary>
    public IReadOnlyDictionary<string, int> UnitDecimals { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets wording overrides per indicator code.</summary>
    public IReadOnlyDictionary<string, IndicatorWording> Indicators { get; init; } = new Dictionary<string, IndicatorWording>();

    /// <summary>Gets phrase templates overriding the built-in ones, by key (see <see cref="PhraseBook"/>).</summary>
    public IReadOnlyDictionary<string, string> Phrases { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Gets who issues the report and to whom (header block, number, place, "Nơi nhận", signer), from the style file's
    /// <c>document</c> object; empty by default, and then the Word file has no header block.
    /// </summary>
    public DocumentProfile Document { get; init; } = new();

    /// <summary>Gets a value indicating whether the text is Vietnamese.</summary>
    [JsonIgnore]
    public bool IsVietnamese => Language.StartsWith("vi", StringComparison.OrdinalIgnoreCase);

    private readonly CultureInfo? culture;

    /// <summary>The default Vietnamese style.</summary>
    public static NarrativeStyle Vietnamese { get; } = new();

    /// <summary>The default English style.</summary>
    public static NarrativeStyle English { get; } = new() { Language = "en" };

    /// <summary>
    /// The decimals a value is written with: what the source wrote, but at most <see cref="MaxValueDecimals"/> or, when
    /// that is null, the reports' habit by magnitude (none from 1.000 up, one from 100, two below).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="statedDecimals">The decimals the source wrote, or -1 when unknown.</param>
    /// <returns>The decimals to write.</returns>
    public int ValueDecimals(double value, int statedDecimals)
    {
        var cap = MaxValueDecimals ?? (Math.Abs(value) >= 1000 ? 0 : Math.Abs(value) >= 100 ? 1 : 2);
        return Math.Clamp(statedDecimals >= 0 ? Math.Min(statedDecimals, cap) : cap, 0, 6);
    }

    /// <summary>
    /// The unit a value in <paramref name="unit"/> is written in under this style (see <see cref="Units"/>): the
    /// family's chosen unit, the largest one in which the value is at least 1 for "byMagnitude", else the unit itself.
    /// </summary>
    /// <param name="unit">The unit of the data.</param>
    /// <param name="value">The value in that unit (for "byMagnitude").</param>
    /// <returns>The unit to write.</returns>
    internal Analytics.Indicators.Unit OutputUnit(Analytics.Indicators.Unit unit, double value)
    {
        if (unit.Family.Length == 0 || Units.Count == 0)
        {
            return unit;
        }

        var chosen = Units.FirstOrDefault(kv => string.Equals(Analytics.Indicators.Unit.FamilyName(kv.Key), unit.Family, StringComparison.Ordinal)).Value;
        if (chosen is null)
        {
            return unit;
        }

        if (string.Equals(chosen.Trim(), "byMagnitude", StringComparison.OrdinalIgnoreCase))
        {
            var family = Analytics.Indicators.Unit.OfFamily(unit.Family);
            var fits = family.LastOrDefault(u => Math.Abs(unit.ConvertTo(value, u)) >= 1);
            return fits ?? family[0];
        }

        var target = Analytics.Indicators.Unit.Parse(chosen);
        return unit.ConvertsTo(target) ? target : unit;
    }

    // The most decimals a source writes a published figure with (as ConsistencyAudit's PublishedDecimals).
    private const int CountDecimalsPublished = 2;

    /// <summary>The decimals of a value in <paramref name="unit"/>: as <see cref="ValueDecimals(double, int)"/>, with the family's cap of <see cref="UnitDecimals"/> when it has one.</summary>
    /// <param name="value">The value in <paramref name="unit"/>.</param>
    /// <param name="statedDecimals">The decimals the source wrote, in <paramref name="unit"/>, or −1.</param>
    /// <param name="unit">The unit it is written in.</param>
    /// <returns>The decimals to write.</returns>
    internal int ValueDecimals(double value, int statedDecimals, Analytics.Indicators.Unit unit)
    {
        if (unit.IsCount && statedDecimals is < 0 or > CountDecimalsPublished)
        {
            // A count is written whole unless its source wrote it with decimals as published figures are written: the
            // GSO workbook's 124.908,646 chiếc of cars is an estimate to full precision (its cell is shown "124909";
            // read back from an interchange file it has 11 decimals), not a count of fractions of cars.
            return 0;
        }

        var cap = UnitDecimals.FirstOrDefault(kv => unit.Family.Length > 0 && string.Equals(Analytics.Indicators.Unit.FamilyName(kv.Key), unit.Family, StringComparison.Ordinal));
        return cap.Key is null ? ValueDecimals(value, statedDecimals) : Math.Clamp(statedDecimals >= 0 ? Math.Min(statedDecimals, cap.Value) : cap.Value, 0, 6);
    }

    /// <summary>Returns the wording of an indicator, merged over the defaults.</summary>
    /// <param name="indicator">The indicator code.</param>
    /// <returns>The wording.</returns>
    public IndicatorWording WordingOf(string indicator)
        => Indicators.TryGetValue(indicator, out var w) ? w : new IndicatorWording();

    /// <summary>Reads a style from a JSON file, e.g. <c>{ "language": "vi", "samePeriod": "plain", "rateDecimals": 1 }</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The style.</returns>
    /// <exception cref="FormatException">The file is not a valid style; the message names the file and what is wrong.</exception>
    public static NarrativeStyle Load(string path)
    {
        Preconditions.CheckNotNull(path);
        try
        {
            var style = JsonSerializer.Deserialize<NarrativeStyle>(File.ReadAllText(path), JsonOptions)
                ?? throw new FormatException($"{path}: the style file is empty; write a JSON object such as {{ \"language\": \"vi\" }}.");
            // Another language is added as data: its templates and names in "phrases" (see PhraseBook), English for what it leaves out.
            if (style.Language.Length == 0 || !style.Language.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
            {
                throw new FormatException($"{path}: language must be a language tag such as \"vi\" or \"en\" (another language gives its templates and names in \"phrases\"); '{style.Language}' is not one.");
            }

            // Numbers a style sets, within what a report can print: a negative or huge number of decimals, a negative
            // threshold or an empty list would otherwise fail deep in the narrator or write nonsense.
            Check(style.RateDecimals is >= 0 and <= 6, "rateDecimals", style.RateDecimals, "0 to 6");
            Check(style.MaxRateDecimals is >= 0 and <= 10 && style.MaxRateDecimals >= style.RateDecimals, "maxRateDecimals", style.MaxRateDecimals, "rateDecimals to 10");
            Check(style.MaxValueDecimals is null or (>= 0 and <= 10), "maxValueDecimals", style.MaxValueDecimals, "0 to 10");
            Check(double.IsFinite(style.StrongRise) && style.StrongRise >= 0, "strongRise", style.StrongRise, "a percentage of 0 or more");
            Check(double.IsFinite(style.StrongFall) && style.StrongFall >= 0, "strongFall", style.StrongFall, "a percentage of 0 or more");
            Check(style.MaxItems is null or >= 1, "maxItems", style.MaxItems, "1 or more");

            void Check(bool ok, string name, object? value, string range)
            {
                if (!ok)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: {name} is {value}; it must be {range}."));
                }
            }

            foreach (var (family, unit) in style.Units)
            {
                var name = Analytics.Indicators.Unit.FamilyName(family);
                var choices = string.Join(", ", Analytics.Indicators.Unit.OfFamily(name).Select(u => $"\"{u.Symbol}\""));
                if (choices.Length == 0)
                {
                    throw new FormatException($"{path}: units: '{family}' is not a family of units; write \"đồng\" or \"USD\".");
                }

                if (!string.Equals(unit?.Trim(), "byMagnitude", StringComparison.OrdinalIgnoreCase) && (string.IsNullOrWhiteSpace(unit) || Analytics.Indicators.Unit.Parse(unit).Family != name))
                {
                    throw new FormatException($"{path}: units: '{unit}' is not a unit of {name}; write one of {choices} or \"byMagnitude\".");
                }
            }

            return style;
        }
        catch (JsonException e) when (e.Path is { Length: > 2 } at && e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            // A misspelt setting would otherwise be ignored in silence, and the report written without it.
            var known = typeof(NarrativeStyle).GetProperties().Where(p => p.CanWrite && !Attribute.IsDefined(p, typeof(JsonIgnoreAttribute)))
                .Select(p => p.GetCustomAttributes(typeof(JsonPropertyNameAttribute), false).Cast<JsonPropertyNameAttribute>().FirstOrDefault()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .Order(StringComparer.Ordinal);
            throw new FormatException($"{path}, line {e.LineNumber + 1}: '{at[2..]}' is not a setting of a style. Fix: check its spelling; the settings are {string.Join(", ", known)}.", e);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}, line {e.LineNumber + 1}: the style file is not valid: {e.Message} Fix it, or start from the example in the README.", e);
        }
        catch (CultureNotFoundException e)
        {
            throw new FormatException($"{path}: '{e.InvalidCultureName}' is not a culture; use vi-VN or en-US.", e);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
