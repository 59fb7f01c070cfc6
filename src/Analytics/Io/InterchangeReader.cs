using System.Globalization;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;

namespace Analytics.Io;

/// <summary>The reader behind <see cref="InterchangeFormat.ReadText"/>: one instance per file.</summary>
internal sealed class InterchangeReader(string file, InterchangeOptions options)
{
    /// <summary>The most unknown columns warned about one by one; the rest are counted in one warning.</summary>
    internal const int MaxUnknownColumnsListed = 20;

    private static readonly string[] NumberColumns = ["value", "mom_pct", "yoy_pct", "share_pct"];

    private readonly List<InputProblem> problems = [];

    // Whether the file writes '.'-decimals somewhere (12.6), which settles 2.032 as a decimal under the invariant culture.
    private bool dotDecimals;

    private Dictionary<string, int> columnIndex = [];

    private readonly Dictionary<string, string> codes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the cells (line, field) that a workbook stored as numbers and wrote invariantly: read as such, whatever the culture of its text cells.</summary>
    internal IReadOnlySet<(int Line, int Field)>? StoredNumbers { get; init; }

    internal ReadResult Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            Error(0, null, "the file is empty.", $"start with the header line {string.Join(',', InterchangeFormat.RequiredColumns)} and add one row per figure.");
            return Result([]);
        }

        var delimiter = CsvRecords.DetectDelimiter(CsvRecords.FirstDataLine(text));
        var records = CsvRecords.Parse(text, delimiter, out var badQuote);
        if (badQuote > 0)
        {
            Error(badQuote, null, "a quoted field opened on this line is never closed.", "close the quote (\"...\"), or double a quote inside a quoted field (\"\").");
            return Result([]);
        }

        foreach (var r in records.Where(r => r.SpansLines))
        {
            Warning(r.Line, null, $"a quoted cell holds a line break: this row runs from line {r.Line} to line {r.LastLine}.", "check that the quote is closed where you meant; remove the line break from the cell if it is not part of the text.");
        }

        if (records.Count == 0)
        {
            Error(0, null, "the file has no header line.", $"start with {string.Join(',', InterchangeFormat.RequiredColumns)}.");
            return Result([]);
        }

        var header = records[0];
        var columns = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            if (!InterchangeFormat.RequiredColumns.Contains(columns[i]) && !InterchangeFormat.OptionalColumns.Contains(columns[i]))
            {
                // One warning per unknown column up to a few, then one that counts them (a header of two million columns
                // would otherwise give two million warnings).
                if (++unknown <= MaxUnknownColumnsListed)
                {
                    Warning(header.Line, Shorten(columns[i]), $"the column '{Shorten(header.Fields[i])}' is not part of the format and is ignored.", $"remove it, or rename it to one of {string.Join(", ", InterchangeFormat.RequiredColumns.Concat(InterchangeFormat.OptionalColumns))}.", "unknown columns");
                }

                continue;
            }

            if (!index.TryAdd(columns[i], i))
            {
                Error(header.Line, columns[i], $"the column '{columns[i]}' appears twice.", "keep one column of each name.");
            }
        }

        if (unknown > MaxUnknownColumnsListed)
        {
            Warning(header.Line, null, $"{(unknown - MaxUnknownColumnsListed).ToString("N0", CultureInfo.InvariantCulture)} more columns are not part of the format and are ignored ({unknown.ToString("N0", CultureInfo.InvariantCulture)} in all).", "keep only the columns of the format in the file.");
        }

        var missing = InterchangeFormat.RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            Error(header.Line, null, $"the header lacks the column(s) {string.Join(", ", missing)}.", $"the header must include {string.Join(',', InterchangeFormat.RequiredColumns)}; columns may be empty but must be present.");
            return Result([]);
        }

        columnIndex = index;
        if (!CheckCulture(records, index, delimiter))
        {
            return Result([]);
        }

        var observations = new List<Observation>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Length != columns.Length)
            {
                Error(record.Line, null, $"the row has {record.Fields.Length} cells where the header has {columns.Length}.", "quote a cell that contains the delimiter (\"Dệt, may\"), and give every row as many cells as the header.");
                continue;
            }

            if (ReadRow(record, index) is { } o)
            {
                observations.Add(o);
            }
        }

        if (observations.Count == 0 && !problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            Error(header.Line, null, "the file has a header but no figures.", "add one row per figure under the header.");
        }

        CheckAcrossRows(observations);
        return Result(observations);
    }

    private Observation? ReadRow(CsvRecords.Record record, Dictionary<string, int> index)
    {
        // Text is NFC-normalised as it enters: a Mac or Excel copy may write "Châu Á" decomposed, which would otherwise
        // be another series that looks the same.
        string Cell(string column) => index.TryGetValue(column, out var i) ? Nfc(record.Fields[i].Trim()) : string.Empty;
        var line = record.Line;
        var before = problems.Count(p => p.Severity == ProblemSeverity.Error);

        var indicator = Cell("indicator");
        if (indicator.Length == 0)
        {
            Error(line, "indicator", "the indicator is empty.", "write the indicator's code, e.g. EXPORT or RETAIL.");
        }
        else
        {
            indicator = CanonicalCode(indicator);
        }

        if (!Period.TryParse(Cell("period"), out var period, out var periodError))
        {
            Error(line, "period", periodError + ".", "write the period as 2023-09, 2023-Q3, 2023 or 2023-01..2023-09.");
        }
        else if (period.Year < InterchangeFormat.FirstYear || period.Year > InterchangeFormat.LastYear)
        {
            Error(line, "period", $"the period {period} is outside the years {InterchangeFormat.FirstYear}–{InterchangeFormat.LastYear} that statistics are read for (a typo in the year?).", "correct the year.");
        }

        var value = Number(line, "value", Cell("value"), isRate: false);
        Unit? unit = null;
        var unitText = Cell("unit");
        if (unitText.Length > 0)
        {
            unit = Unit.Parse(unitText);
        }
        else if (!double.IsNaN(value.Value))
        {
            Warning(line, "unit", $"the value {Cell("value")} has no unit; it is read, and text shows it without one.", "write its unit, e.g. tỷ đồng or triệu USD.", "rows with a value but no unit");
        }

        var mom = Rate(line, "mom_pct", Cell("mom_pct"));
        var yoy = Rate(line, "yoy_pct", Cell("yoy_pct"));
        var share = Rate(line, "share_pct", Cell("share_pct"));
        if (!InterchangeFormat.TryParseStatus(Cell("status"), out var status))
        {
            Error(line, "status", $"'{Cell("status")}' is not a status.", "write estimate (ước), preliminary (sơ bộ), official (chính thức), or leave it empty.");
        }

        Period? release = null;
        var releaseText = Cell("release");
        if (releaseText.Length > 0)
        {
            if (!Period.TryParse(releaseText, out var r, out var releaseError) || r.Kind != PeriodKind.Month)
            {
                Error(line, "release", releaseError.Length > 0 ? releaseError + "." : $"the release '{releaseText}' is not a month.", "write the month of the publication, e.g. 2023-10.");
            }
            else if (period.Year >= Period.MinYear && r.MonthIndex < ((period.Year * 12) + period.LastMonth - 1))
            {
                Error(line, "release", $"the release {r} is before the end of the period {period}.", "a figure is published in or after the last month of its period; correct the release or the period.");
            }
            else
            {
                release = r;
            }
        }

        var breakdown = Cell("breakdown");
        var dimension = Cell("dimension");
        if (breakdown.Length > 0 && dimension.Length == 0)
        {
            dimension = "breakdown";
        }

        if (problems.Count(p => p.Severity == ProblemSeverity.Error) > before)
        {
            return null;
        }

        if (double.IsNaN(value.Value) && !mom.IsStated && !yoy.IsStated && !share.IsStated)
        {
            Warning(line, null, "the row carries no figure (no value, no rate, no share); it is kept but says nothing.", "fill in the figure, or delete the row.", "rows that carry no figure");
        }

        return new Observation
        {
            Indicator = indicator,
            Breakdown = breakdown,
            Dimension = dimension,
            Parent = Cell("parent"),
            Period = period,
            Value = value.Value,
            ValueDecimals = value.Decimals,
            Unit = unit,
            MonthOnMonth = mom,
            YearOnYear = yoy,
            Share = share,
            Status = status,
            Release = release,
            Remark = Cell("note"),
            Citation = Cell("source"),
            Source = new SourceLocation(file, line),
        };
    }

    // Under the invariant default, a file separated by ';' comes from a comma-decimal locale (Excel writes ';' only where
    // ',' is the decimal separator): its numbers with a separator are refused rather than read the invariant way. A
    // number like 2.032 is refused alone (NumberText) but read as a decimal when the file shows '.'-decimals elsewhere.
    private bool CheckCulture(List<CsvRecords.Record> records, Dictionary<string, int> index, char delimiter)
    {
        if (!options.Culture.Equals(CultureInfo.InvariantCulture))
        {
            return true;
        }

        var numeric = NumberColumns.Where(index.ContainsKey).Select(c => (Column: c, Field: index[c])).ToArray();
        foreach (var record in records.Skip(1))
        {
            foreach (var (column, field) in numeric)
            {
                if (field >= record.Fields.Length || StoredNumbers?.Contains((record.Line, field)) == true)
                {
                    continue;
                }

                var cell = record.Fields[field].AsSpan().Trim();
                var s = cell.TrimStart("<>+-\u2212").TrimEnd('%').Trim();
                if (delimiter == ';' && s.IndexOfAny('.', ',') >= 0)
                {
                    Error(record.Line, column, $"the file separates its columns with ';', as Excel writes CSV where ',' is the decimal separator (vi-VN), so '{cell}' cannot be read under the invariant default.", "read it with --culture vi-VN (or --culture auto); if its numbers really use '.' for decimals, separate the columns with ','.");
                    return false;
                }

                if (!dotDecimals && s.Contains('.') && !s.Contains(',') && !NumberText.IsDotGrouped(s))
                {
                    dotDecimals = true;
                }
            }
        }

        return true;
    }

    private NumberText.Parsed Number(int line, string column, string text, bool isRate)
    {
        var stored = StoredNumbers is { } set && columnIndex.TryGetValue(column, out var field) && set.Contains((line, field));
        var p = stored
            ? NumberText.Parse(text, CultureInfo.InvariantCulture, isRate, dotGroupsAreDecimals: true)
            : NumberText.Parse(text, options.Culture, isRate, dotDecimals);
        if (!p.IsOk)
        {
            Error(line, column, p.Error!, p.Fix!);
        }

        return p;
    }

    private StatedRate Rate(int line, string column, string text)
    {
        var p = Number(line, column, text, isRate: true);
        return p.IsOk && !double.IsNaN(p.Value) ? new StatedRate(p.Value, p.Decimals, p.Bound) : StatedRate.None;
    }

    // Against each series' own history: a missing month, a figure a thousand times off (see HistoryCheck).
    private void CheckHistory(List<Observation> observations)
    {
        foreach (var (o, column, message, fix) in HistoryCheck.Run(observations))
        {
            Warning(o.Source?.Row ?? 0, column, message, fix, column == "period" ? "series with a missing month" : "figures far off their series' history");
        }
    }

    private void CheckAcrossRows(List<Observation> observations)
    {
        // Duplicates: the same figure of the same release twice, a blank release being the default one (the period's
        // last month), so that "2023-09,,", and "2023-09,2023-09" are one figure.
        var seen = new Dictionary<(SeriesKey, Period, Period), Observation>();
        var duplicates = new List<Observation>();
        foreach (var o in observations)
        {
            if (!seen.TryAdd((o.Key, o.Period, o.EffectiveRelease), o))
            {
                var first = seen[(o.Key, o.Period, o.EffectiveRelease)];
                if (SameFigures(first, o))
                {
                    Warning(o.Source!.Row, null, $"this row repeats row {first.Source!.Row} ({o.Key}, {o.Period}); it is read once.", "delete the repeated row.", "repeated rows");
                    duplicates.Add(o);
                }
                else
                {
                    Error(o.Source!.Row, null, $"{o.Key} for {o.Period} is given twice with different figures (here and on row {first.Source!.Row}).", "keep the right row; a revision belongs on its own row with a later release in the release column.");
                }
            }
        }

        foreach (var d in duplicates)
        {
            observations.Remove(d);
        }

        // One unit per series; parts of a partition in their total's unit. Units of one family (nghìn tỷ and triệu tỷ
        // đồng; triệu and tỷ USD) are converted, to the catalogue's unit when it has one, with one note per series,
        // before the history check (which would otherwise see a figure a thousand times off).
        ConvertUnits(observations);
        CheckHistory(observations);
        var units = new Dictionary<SeriesKey, Observation>();
        foreach (var o in observations.Where(o => o.Unit is not null))
        {
            if (!units.TryAdd(o.Key, o) && !units[o.Key].Unit!.Equals(o.Unit))
            {
                var first = units[o.Key];
                Error(o.Source!.Row, "unit", $"{o.Key} is in '{o.Unit}' here but in '{first.Unit}' on row {first.Source!.Row}, and the one cannot be converted into the other.", "use one unit for a series; units of money convert within a currency (1 tỷ USD = 1.000 triệu USD), other units do not.");
            }
        }

        foreach (var o in observations.Where(o => o.Unit is not null && !o.Key.IsTotal))
        {
            if (Dimension.FromName(o.Dimension).Relation == PartsRelation.Partition
                && units.TryGetValue(new SeriesKey(o.Indicator, string.Empty), out var total) && !total.Unit!.Equals(o.Unit))
            {
                Error(o.Source!.Row, "unit", $"{o.Key} is in '{o.Unit}' but its total is in '{total.Unit}' (row {total.Source!.Row}); the parts of a {o.Dimension} breakdown must add up to the total.", "convert the part to the total's unit.");
            }
        }

        foreach (var o in observations)
        {
            var indicator = options.Catalog.Resolve(o.Indicator, o.Unit);
            if (o.HasValue && o.Value < 0 && indicator.Kind == IndicatorKind.Flow)
            {
                if (indicator.IsNonNegative)
                {
                    Error(o.Source!.Row, "value", $"{o.Key} has a negative value ({o.Value.ToString(CultureInfo.InvariantCulture)}), which a flow such as {indicator.NameEn} cannot have.", "a fall belongs in mom_pct or yoy_pct as a negative rate; the value itself is positive.");
                }
                else
                {
                    Warning(o.Source!.Row, "value", $"{o.Key} has a negative value; fine for a balance, wrong for sales or trade.", "check the sign.", "series with a negative value");
                }
            }

            // A flow that cannot be negative cannot fall by more than all of it: "giảm 150%" is a typo or a sign slip.
            if (indicator.Kind == IndicatorKind.Flow && indicator.IsNonNegative)
            {
                foreach (var (column, rate) in new[] { ("mom_pct", o.MonthOnMonth), ("yoy_pct", o.YearOnYear) })
                {
                    if (rate.IsStated && rate.Percent < -100 && rate.Bound != RateBound.GreaterThan)
                    {
                        Error(o.Source!.Row, column, $"{o.Key} falls by {(-rate.Percent).ToString("0.##", CultureInfo.InvariantCulture)}%, more than all of it, which a flow such as {indicator.NameEn} cannot.", "check the sign and the digits; a fall of 100% is a flow that stopped.");
                    }
                }
            }

            if (o.Unit is not null && indicator.Unit is not null && !indicator.Unit.ConvertsTo(o.Unit) && o.Dimension != "product")
            {
                Warning(o.Source!.Row, "unit", $"{o.Indicator} is normally in '{indicator.Unit}', and this row says '{o.Unit}'.", $"check the unit: {indicator.Unit} is what the catalogue and the reports use.");
            }
        }
    }

    // A series written as reports write it (the month in nghìn tỷ đồng, the cumulative in triệu tỷ đồng) is converted to
    // one unit: the catalogue's when convertible, else its total's (for the parts of a partition), else its first row's.
    // Values keep the precision they were written with (535,8 nghìn tỷ is 535.800 tỷ, 0 decimals). Units that do not
    // convert are left for the check that follows, which refuses them.
    private void ConvertUnits(List<Observation> observations)
    {
        var first = new Dictionary<SeriesKey, Unit>();
        foreach (var o in observations.Where(o => o.Unit is not null))
        {
            first.TryAdd(o.Key, o.Unit!);
        }

        Unit TargetOf(Observation o)
        {
            var catalogued = options.Catalog.TryGet(o.Indicator, out var known) ? known.Unit : null;
            if (catalogued is not null && o.Dimension != "product" && catalogued.ConvertsTo(o.Unit!))
            {
                return catalogued;
            }

            if (!o.Key.IsTotal && Dimension.FromName(o.Dimension).Relation == PartsRelation.Partition
                && first.TryGetValue(new SeriesKey(o.Indicator, string.Empty), out var total) && total.ConvertsTo(o.Unit!))
            {
                return total;
            }

            return first[o.Key];
        }

        var converted = new Dictionary<SeriesKey, (Unit Target, List<int> Rows, HashSet<string> From)>();
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (o.Unit is null)
            {
                continue;
            }

            var target = TargetOf(o);
            if (target.Equals(o.Unit) || !o.Unit.ConvertsTo(target))
            {
                continue;
            }

            // The rounding the source wrote goes with the value: 12,3 nghìn tỷ is 12.300 tỷ (0 decimals) give or take
            // 50 tỷ, not 0,5, so that the audit's tolerance is the published figure's.
            observations[i] = o with
            {
                Value = o.Unit.ConvertTo(o.Value, target),
                ValueDecimals = o.Unit.DecimalsIn(o.ValueDecimals, target),
                ValueHalfUnit = o.Unit.ConvertTo(o.ValueHalfUnit, target),
                Unit = target,
            };
            if (!converted.TryGetValue(o.Key, out var c))
            {
                converted[o.Key] = c = (target, [], new HashSet<string>(StringComparer.Ordinal));
            }

            c.Rows.Add(o.Source!.Row);
            c.From.Add(o.Unit.Symbol);
        }

        foreach (var (key, c) in converted)
        {
            var rows = string.Join(", ", c.Rows.Take(5).Select(r => r.ToString(CultureInfo.InvariantCulture))) + (c.Rows.Count > 5 ? $" and {c.Rows.Count - 5} more" : string.Empty);
            Warning(c.Rows[0], "unit", $"{key}: {c.Rows.Count} value(s) in {string.Join(", ", c.From.Order(StringComparer.Ordinal).Select(u => $"'{u}'"))} ({(c.Rows.Count == 1 ? "row" : "rows")} {rows}) converted to '{c.Target}', the series' unit; nothing else changed.", "nothing to fix; the report writes each value in the unit its style asks for.");
        }
    }

    // Indicator codes compare ignoring case (EXPORT and Export are one indicator): the catalogue's spelling when it
    // knows the code, else the file's first spelling.
    private string CanonicalCode(string code)
    {
        if (codes.TryGetValue(code, out var known))
        {
            return known;
        }

        var canonical = options.Catalog.TryGet(code, out var indicator) ? indicator.Code : code;
        codes[code] = canonical;
        return canonical;
    }

    internal static string Nfc(string text)
    {
        if (text.Length == 0 || System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        try
        {
            return text.IsNormalized(System.Text.NormalizationForm.FormC) ? text : text.Normalize(System.Text.NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A noncharacter (U+FFFE) cannot be normalised; the text is kept as written.
            return text;
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..40] + "…" : text;

    private static bool SameFigures(Observation a, Observation b)
        => a.Value.Equals(b.Value) && a.MonthOnMonth == b.MonthOnMonth && a.YearOnYear == b.YearOnYear && a.Share == b.Share && Equals(a.Unit, b.Unit) && a.Status == b.Status;

    private ReadResult Result(List<Observation> observations)
        => new(problems.Any(p => p.Severity == ProblemSeverity.Error) ? [] : observations, problems.OrderBy(p => p.Location.Row).ToList());

    private void Error(int line, string? column, string message, string fix)
        => problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(file, line, column), message, fix));

    private void Warning(int line, string? column, string message, string fix, string? kind = null)
        => problems.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(file, line, column), message, fix) { Kind = kind });
}
