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
    /// <summary>Gets the language of the text: <c>vi</c> (the reports' language) or <c>en</c>.</summary>
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
            Preconditions.CheckArgument(style.Language is "vi" or "en", nameof(path), $"{path}: language must be \"vi\" or \"en\".");
            return style;
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
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
