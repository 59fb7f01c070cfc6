using System.Globalization;
using Analytics.Internal;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;
using Analytics.Growth;

namespace Analytics.Io;

/// <summary>
/// Reads one recognised sheet of a GSO workbook into observations. Columns are understood from their header text,
/// rows from their labels; nothing depends on a sheet's position, name or column letters.
/// </summary>
internal sealed class GsoSheetReader
{
    private readonly string _file;
    private readonly SheetGrid _grid;
    private readonly GsoTable _table;
    private readonly Period _release;
    private readonly List<InputProblem> _problems;
    private readonly HashSet<int> _percentColumns = [];

    public GsoSheetReader(string file, SheetGrid grid, GsoTable table, Period release, List<InputProblem> problems)
    {
        _file = file;
        _grid = grid;
        _table = table;
        _release = release;
        _problems = problems;
    }

    /// <summary>Recognises a table from a sheet's title (its first rows), or null.</summary>
    public static GsoTable? Recognise(SheetGrid grid)
    {
        var title = VietnameseText.Fold(string.Join(' ', TitleTexts(grid)));
        if (title.Contains("cac quy", StringComparison.Ordinal) || title.Length == 0)
        {
            return null;
        }

        if (title.Contains("chi so gia tieu dung", StringComparison.Ordinal))
        {
            return GsoTable.ConsumerPrices;
        }

        if (title.Contains("chi so gia", StringComparison.Ordinal))
        {
            return null;
        }

        return title.Contains("chi so san xuat cong nghiep", StringComparison.Ordinal) ? GsoTable.IndustrialProduction
            : title.Contains("san pham chu yeu cua nganh cong nghiep", StringComparison.Ordinal) ? GsoTable.IndustrialProducts
            : title.Contains("tong muc ban le", StringComparison.Ordinal) ? GsoTable.RetailSales
            : title.Contains("hang hoa xuat khau", StringComparison.Ordinal) && !title.Contains("dich vu", StringComparison.Ordinal) ? GsoTable.Exports
            : title.Contains("hang hoa nhap khau", StringComparison.Ordinal) && !title.Contains("dich vu", StringComparison.Ordinal) ? GsoTable.Imports
            : null;
    }

    private static IEnumerable<string> TitleTexts(SheetGrid grid)
    {
        for (var r = 1; r <= Math.Min(2, grid.MaxRow); r++)
        {
            for (var c = 1; c <= Math.Min(grid.MaxCol, 20); c++)
            {
                if (grid.Raw(r, c).Text is { } t)
                {
                    yield return t;
                }
            }
        }
    }

    /// <summary>The first row of figures: a label on the left and a number that is not a year.</summary>
    public static int FirstDataRow(SheetGrid grid)
    {
        for (var r = 3; r <= grid.MaxRow; r++)
        {
            var label = false;
            for (var c = 1; c <= Math.Min(3, grid.MaxCol); c++)
            {
                label |= grid.Raw(r, c).Text is { } t && VietnameseText.Letters(t).Length > 1;
            }

            if (!label)
            {
                continue;
            }

            // Only the cells the row has: a sheet of 200,000 labelled rows with one cell in its last column would
            // otherwise be scanned to that column on every row.
            foreach (var c in grid.ColumnsIn(r).Where(c => c >= 2))
            {
                var v = grid.Raw(r, c);
                if (v.IsNumber && !(v.Number is >= 1990 and <= 2100 && Math.Abs(v.Number - Math.Round(v.Number)) < 1e-9))
                {
                    return r;
                }
            }
        }

        return 0;
    }

    /// <summary>The columns from the header rows above the first row of figures.</summary>
    public static List<GsoColumn> Columns(SheetGrid grid, int firstData, Period? release)
    {
        var columns = new List<GsoColumn>();
        for (var c = 2; c <= grid.MaxCol; c++)
        {
            var parts = new List<string>();
            for (var r = 2; r < firstData; r++)
            {
                // A range merged from the first column is a title spanning the table, not this column's header.
                if (grid.Origin(r, c).Col == 1)
                {
                    continue;
                }

                var t = grid.SeenText(r, c);
                if (t.Length > 0 && (parts.Count == 0 || parts[^1] != t))
                {
                    parts.Add(t.Trim());
                }
            }

            if (parts.Count > 0)
            {
                columns.Add(GsoColumn.Parse(c, string.Join(' ', parts), release));
            }
        }

        return columns;
    }

    /// <summary>The release month a sheet's headers point to: the latest month any of its columns is about.</summary>
    public static Period? ReleaseOf(SheetGrid grid)
    {
        var first = FirstDataRow(grid);
        if (first == 0)
        {
            return null;
        }

        var months = Columns(grid, first, null).Where(c => c.Period is not null).Select(c => c.Period!.Value)
            .Where(p => p.Kind is PeriodKind.Month or PeriodKind.YearToDate).Select(p => Period.Month(p.Year, p.LastMonth)).ToList();
        return months.Count == 0 ? null : months.Max();
    }

    public (List<Observation> Observations, int Rows, List<string> Ignored) Read()
    {
        var observations = new List<Observation>();
        var ignored = new List<string>();
        var first = FirstDataRow(_grid);
        if (first == 0)
        {
            Problem(ProblemSeverity.Error, 0, null, "no row of figures was found under the headers.", "check that the sheet holds the table and that its figures are numbers, not text.");
            return (observations, 0, ignored);
        }

        var columns = Columns(_grid, first, _release);
        var dataColumns = columns.Where(c => c.Measure is not GsoMeasure.None and not GsoMeasure.UnitColumn).ToList();
        foreach (var c in columns.Where(c => c.Measure == GsoMeasure.None && c.Ignored is not null && HasNumbers(c.Col, first)))
        {
            ignored.Add($"column {SheetGrid.ColumnName(c.Col)} \"{c.Header}\": {c.Ignored}");
        }

        if (dataColumns.Count == 0)
        {
            Problem(ProblemSeverity.Error, first - 1, null, "no column header could be read (expected headers such as \"Ước tính tháng 9 năm 2023\" or \"Tháng 9 năm 2023 so với cùng kỳ năm trước\").", "restore the table's header rows; they say which month and comparison each column holds.");
            return (observations, 0, ignored);
        }

        // A header repeated (two columns saying the same thing) would make one figure overwrite another.
        foreach (var dup in dataColumns.GroupBy(c => (c.Measure, c.Period, c.Quantity)).Where(g => g.Count() > 1))
        {
            var cols = dup.Select(c => SheetGrid.ColumnName(c.Col)).ToList();
            Problem(ProblemSeverity.Error, first - 1, string.Join(", ", cols), $"columns {string.Join(" and ", cols)} have the same meaning (\"{dup.First().Header}\"); only the first is imported.", "correct the header of the column that holds something else.");
            dataColumns.RemoveAll(c => dup.Skip(1).Contains(c));
        }

        var unitColumn = columns.FirstOrDefault(c => c.Measure == GsoMeasure.UnitColumn)?.Col;
        var labelLast = dataColumns.Min(c => c.Col) - 1;
        if (unitColumn is { } uc && uc <= labelLast)
        {
            labelLast = uc - 1;
        }

        // Rates are printed as indices (107,12: up 7,12%) in almost every release, but some releases print the change
        // itself (7,12). The decision is made on this table's rows only (not down the column into the next table).
        // Where the table also has the two levels a rate compares (this month and last month, or this period and the
        // same period of last year), the growth they imply decides; otherwise the figures alone: a negative figure
        // cannot be an index, and otherwise they sit nearer 100 or nearer 0.
        var end = first;
        while (end <= _grid.MaxRow && !EndOfTable(end, labelLast, dataColumns))
        {
            end++;
        }

        _percentColumns.Clear();
        foreach (var c in dataColumns.Where(c => c.Measure is GsoMeasure.MonthOnMonth or GsoMeasure.YearOnYear))
        {
            var values = Enumerable.Range(first, end - first).Select(r => _grid.Raw(r, c.Col)).Where(x => x.IsNumber).Select(x => x.Number).ToList();
            var (change, ambiguous) = ReadsAsChange(values);
            var why = "its figures sit near 0, not 100, or some are negative";
            if (LevelsOf(c, dataColumns) is { } levels)
            {
                var checks = Enumerable.Range(first, end - first)
                    .Where(r => _grid.Raw(r, c.Col).IsNumber && _grid.Raw(r, levels.Current.Col).IsNumber && _grid.Raw(r, levels.Base.Col).IsNumber)
                    .Select(r => (Row: r, Check: CheckRate(_grid.Raw(r, c.Col).Number, _grid.Raw(r, levels.Current.Col).Number, _grid.Raw(r, levels.Base.Col).Number)))
                    .Where(x => x.Check.Agreement != RateAgreement.Uncheckable)
                    .ToList();
                var asChange = checks.Count(x => x.Check.Agreement == RateAgreement.Change);
                var asIndex = checks.Count(x => x.Check.Agreement == RateAgreement.Index);
                var between = $"columns {SheetGrid.ColumnName(levels.Base.Col)} and {SheetGrid.ColumnName(levels.Current.Col)}";
                if (asChange != asIndex)
                {
                    var byLevels = asChange > asIndex;
                    var alone = ambiguous ? "; its figures alone sit as near 100 as 0" : byLevels == change ? string.Empty : $"; its figures alone would have been read as {(change ? "changes" : "indices")}";
                    why = $"the levels in {between} imply these changes in {asChange} of {checks.Count} rows{alone}";
                    if (!byLevels && alone.Length > 0)
                    {
                        ignored.Add($"column {SheetGrid.ColumnName(c.Col)} \"{c.Header}\": printed as indices (the levels in {between} imply these indices in {asIndex} of {checks.Count} rows{alone}); read as such");
                    }

                    (change, ambiguous) = (byLevels, false);
                }

                foreach (var (r, check) in checks.Where(x => x.Check.Agreement == RateAgreement.Neither))
                {
                    var figure = _grid.Raw(r, c.Col).Number;
                    Problem(ProblemSeverity.Warning, r, SheetGrid.ColumnName(c.Col), $"the rate {Format(figure)} in column {SheetGrid.ColumnName(c.Col)} (\"{c.Header}\") agrees with the levels in {between} neither as a change ({Signed(figure)}%) nor as an index ({Signed(figure - 100)}%): they imply {Signed(check.Implied)}%; it was imported as {(change ? "a change" : "an index")}, as the column's other rows are read.", "check the row's figures against the release; a level or a rate was mistyped, or belongs to another row.");
                }
            }

            if (change)
            {
                _percentColumns.Add(c.Col);
                ignored.Add($"column {SheetGrid.ColumnName(c.Col)} \"{c.Header}\": printed as a percentage change, not an index ({why}); read as such");
            }

            if (ambiguous)
            {
                Problem(ProblemSeverity.Warning, first, SheetGrid.ColumnName(c.Col), $"the figures of column {SheetGrid.ColumnName(c.Col)} (\"{c.Header}\") sit as near 100 as 0, so whether they are indices or changes cannot be told from them; they were read as {(change ? "changes" : "indices")}.", "check one figure against the release's text (an index of 136,1 is a rise of 36,1%), and give the column's kind in its header (\"so với cùng kỳ (%)\" for an index, \"tăng/giảm (%)\" for a change).");
            }
        }

        var sheetUnits = SheetUnits(first);
        var state = new RowState();
        var rows = 0;
        for (var r = first; r <= _grid.MaxRow; r++)
        {
            if (EndOfTable(r, labelLast, dataColumns))
            {
                break;
            }

            var (label, level) = Label(r, labelLast);
            var figures = new List<(GsoColumn Column, double Value)>();
            foreach (var c in dataColumns)
            {
                if (Figure(r, c) is { } v)
                {
                    figures.Add((c, v));
                }
            }

            if (label.Length == 0)
            {
                if (figures.Count > 0)
                {
                    Problem(ProblemSeverity.Warning, r, SheetGrid.ColumnName(1), $"row {r} has figures but no name; it was not imported.", "write the row's name in its first column.");
                }

                continue;
            }

            var identity = Identify(label, level, state);
            if (identity is null || figures.Count == 0)
            {
                continue;
            }

            // A row repeated: the same figures are read once; different figures are reported, and the first kept.
            var figuresList = figures.Select(f => f.Value).ToList();
            if (state.Seen.TryGetValue((identity.Value.Indicator, identity.Value.Breakdown), out var earlier))
            {
                if (earlier.Figures.SequenceEqual(figuresList))
                {
                    ignored.Add($"row {r} \"{label}\" repeats row {earlier.Row} with the same figures; read once");
                }
                else
                {
                    Problem(ProblemSeverity.Warning, r, SheetGrid.ColumnName(1), $"row {r} \"{label}\" has the same name as row {earlier.Row} but different figures; only row {earlier.Row} was imported.", "check which row is right, and rename the other if it is a different item.");
                }

                continue;
            }

            state.Seen[(identity.Value.Indicator, identity.Value.Breakdown)] = (r, figuresList);
            rows++;
            var unitText = unitColumn is { } u ? _grid.SeenText(r, u).Trim() : string.Empty;
            if (unitText.Length > 0 && unitText.Trim('"', '“', '”', '\'', ' ') is { Length: > 0 } realUnit)
            {
                state.ProductUnit = Unit.Parse(string.Join(' ', realUnit.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }

            observations.AddRange(Build(identity.Value, r, figures, sheetUnits, state));
        }

        return (observations, rows, ignored);
    }

    /// <summary>
    /// Whether a rate column's figures are changes (7,12) rather than indices (107,12): a negative figure cannot be an
    /// index; otherwise the median figure's distance to 0 and to 100 decides, and a median between 35 and 65 (as near
    /// one as the other) is ambiguous, to be warned about.
    /// </summary>
    internal static (bool Change, bool Ambiguous) ReadsAsChange(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return (false, false);
        }

        if (values.Any(v => v < 0))
        {
            return (true, false);
        }

        var sorted = values.Order().ToList();
        var median = sorted[sorted.Count / 2];
        return (median < 50, median is > 35 and < 65);
    }

    /// <summary>
    /// The two level columns of the table a rate column compares, when the table has both: for a month-on-month rate the
    /// month's level and the previous month's, for a year-on-year rate the period's level and the same period's of last
    /// year (values with values, quantities with quantities); null when either is missing.
    /// </summary>
    private static (GsoColumn Current, GsoColumn Base)? LevelsOf(GsoColumn rate, List<GsoColumn> dataColumns)
    {
        if (rate.Period is not { } p)
        {
            return null;
        }

        Period? basePeriod = rate.Measure switch
        {
            GsoMeasure.MonthOnMonth when p.Kind == PeriodKind.Month => Period.Month(p.LastMonth == 1 ? p.Year - 1 : p.Year, p.LastMonth == 1 ? 12 : p.LastMonth - 1),
            GsoMeasure.YearOnYear when p.Kind is PeriodKind.Month or PeriodKind.YearToDate or PeriodKind.Quarter && p.Year > 1900 => p.SamePeriodLastYear(),
            _ => null,
        };
        var current = dataColumns.FirstOrDefault(c => c.Measure == GsoMeasure.Level && c.Quantity == rate.Quantity && c.Period == p);
        var previous = basePeriod is { } b ? dataColumns.FirstOrDefault(c => c.Measure == GsoMeasure.Level && c.Quantity == rate.Quantity && c.Period == b) : null;
        return current is not null && previous is not null ? (current, previous) : null;
    }

    /// <summary>How a printed rate agrees with the growth its row's two levels imply.</summary>
    internal enum RateAgreement
    {
        /// <summary>The levels cannot check it (a level zero or negative, or so small that rounding blurs the growth).</summary>
        Uncheckable = 0,

        /// <summary>It is the change the levels imply (36,1 where they rise by 36,1%).</summary>
        Change = 1,

        /// <summary>It is the index the levels imply (136,1 where they rise by 36,1%).</summary>
        Index = 2,

        /// <summary>Neither reading agrees with the levels.</summary>
        Neither = 3,
    }

    /// <summary>
    /// Checks a printed rate against the growth its levels imply (<paramref name="current"/> over <paramref name="basis"/>,
    /// in percent). The two readings are 100 points apart; each is accepted within 1 point plus 2% of the implied
    /// growth, plus what the levels' own rounding (half a unit of their last printed decimal) can move the growth, so
    /// that the GSO's rates, computed from unrounded levels, agree with levels printed rounded.
    /// </summary>
    internal static (RateAgreement Agreement, double Implied) CheckRate(double rate, double current, double basis)
    {
        if (!(basis > 0) || !(current >= 0) || !double.IsFinite(rate) || !double.IsFinite(current) || !double.IsFinite(basis))
        {
            return (RateAgreement.Uncheckable, double.NaN);
        }

        var ratio = current / basis;
        var implied = (ratio - 1) * 100;
        var rounding = (HalfUnit(current) / Math.Max(current, HalfUnit(current)) + HalfUnit(basis) / basis) * ratio * 100;
        var tolerance = 1 + 0.02 * Math.Abs(implied) + rounding;
        if (!double.IsFinite(implied) || tolerance >= 40)
        {
            return (RateAgreement.Uncheckable, implied);
        }

        return Math.Abs(rate - implied) <= tolerance ? (RateAgreement.Change, implied)
            : Math.Abs(rate - 100 - implied) <= tolerance ? (RateAgreement.Index, implied)
            : (RateAgreement.Neither, implied);
    }

    /// <summary>Half a unit of a number's last printed decimal (0,05 for 12,3), or 0 for a computed figure.</summary>
    private static double HalfUnit(double v)
    {
        var d = Decimals(v);
        return d < 0 ? 0 : 0.5 * Math.Pow(10, -d);
    }

    private static string Format(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double v) => v.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether a row starts something other than this table: a new title ("22. Tổng mức … các quý") or header text
    /// in the figures' columns. Some sheets hold a second table below the first.
    /// </summary>
    private bool EndOfTable(int row, int labelLast, List<GsoColumn> dataColumns)
    {
        var texts = 0;
        foreach (var c in dataColumns)
        {
            if (_grid.Raw(row, c.Col).Text is { } t && VietnameseText.Letters(t).Length > 2)
            {
                texts++;
            }
        }

        if (texts >= 2)
        {
            return true;
        }

        var label = _grid.Raw(row, 1).Text;
        return label is not null && labelLast >= 1 && System.Text.RegularExpressions.Regex.IsMatch(label.TrimStart(), @"^\d{1,2}\.\s*\p{L}") && HasNoFigures(row, dataColumns);
    }

    private bool HasNoFigures(int row, List<GsoColumn> dataColumns) => dataColumns.All(c => !_grid.Raw(row, c.Col).IsNumber);

    private bool HasNumbers(int col, int first)
    {
        for (var r = first; r <= _grid.MaxRow; r++)
        {
            if (_grid.Raw(r, col).IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    private (string Label, int Level) Label(int row, int lastCol)
    {
        for (var c = Math.Max(1, lastCol); c >= 1; c--)
        {
            var t = _grid.Raw(row, c).Text;
            if (t is null)
            {
                continue;
            }

            var folded = VietnameseText.Fold(t).Trim(' ', ':');
            if (folded is "trong do" or "trong do:" or "chia ra" or "cu the")
            {
                continue;
            }

            // "và LK" is the tables' short form of "và linh kiện" in some months; one name keeps the series whole.
            var canonical = VietnameseText.Canonical(t).TrimEnd(':', ' ');
            canonical = System.Text.RegularExpressions.Regex.Replace(canonical, @"\bLK\b", "linh kiện");
            return (canonical, c);
        }

        return (string.Empty, 0);
    }

    private double? Figure(int row, GsoColumn column)
    {
        var cell = _grid.Raw(row, column.Col);
        if (cell.IsNumber)
        {
            return cell.Number;
        }

        if (cell.Text is not { } text)
        {
            return null;
        }

        var t = text.Trim();
        if (t is "-" or "–" or "—" or ".." or "..." or "…" or "x" or "X" or "*" or "")
        {
            return null;
        }

        // A number stored as text: read it and say so. "1.234" reads as 1234 in vi-VN and 1.234 invariantly; where the
        // two readings differ the cell is reported, not guessed.
        var vi = NumberText.Parse(t, CultureInfo.GetCultureInfo("vi-VN"), isRate: false);
        var invariant = NumberText.Parse(t, CultureInfo.InvariantCulture, isRate: false, dotGroupsAreDecimals: true);
        if (vi.IsOk && invariant.IsOk && vi.Value != invariant.Value)
        {
            Problem(ProblemSeverity.Warning, row, SheetGrid.ColumnName(column.Col), $"\"{t}\" is a number stored as text that reads as {vi.Value.ToString("R", CultureInfo.InvariantCulture)} with Vietnamese separators and {invariant.Value.ToString("R", CultureInfo.InvariantCulture)} without; this figure (\"{column.Header}\") was not imported.", "store the cell as a number in Excel so that its value is not a matter of reading.");
            return null;
        }

        if ((vi.IsOk ? vi : invariant) is { IsOk: true } parsed)
        {
            Problem(ProblemSeverity.Warning, row, SheetGrid.ColumnName(column.Col), $"\"{t}\" is a number stored as text; it was read as {parsed.Value.ToString("R", CultureInfo.InvariantCulture)}.", "store the cell as a number in Excel (Data > Text to Columns) so that no reading is needed.");
            return parsed.Value;
        }

        Problem(ProblemSeverity.Warning, row, SheetGrid.ColumnName(column.Col), $"\"{t}\" is not a number; this figure (\"{column.Header}\") was not imported.", "type the number, or leave the cell empty or \"-\" if there is no figure.");
        return null;
    }

    private (Unit Value, Unit? Quantity) SheetUnits(int firstData)
    {
        var text = new List<string>();
        for (var r = 1; r < firstData; r++)
        {
            for (var c = 1; c <= _grid.MaxCol; c++)
            {
                if (_grid.Raw(r, c).Text is { } t)
                {
                    text.Add(VietnameseText.Fold(t));
                }
            }
        }

        var all = string.Join(" | ", text);
        switch (_table)
        {
            case GsoTable.RetailSales:
                if (all.Contains("trieu ty dong", StringComparison.Ordinal))
                {
                    return (Unit.MillionBillionDong, null);
                }

                if (all.Contains("nghin ty dong", StringComparison.Ordinal))
                {
                    return (Unit.Parse("nghìn tỷ đồng"), null);
                }

                if (!all.Contains("ty dong", StringComparison.Ordinal))
                {
                    Problem(ProblemSeverity.Warning, 0, null, "the table does not state its unit; tỷ đồng (billion dong), the unit of this table in every GSO release, was assumed.", "check the values' magnitude against a previous release.");
                }

                return (Unit.BillionDong, null);
            case GsoTable.Exports or GsoTable.Imports:
                // A table stated in tỷ USD is read in tỷ USD (1.000 triệu USD each), not taken for triệu USD.
                if (!all.Contains("trieu usd", StringComparison.Ordinal) && all.Contains("ty usd", StringComparison.Ordinal))
                {
                    return (Unit.BillionUsd, Unit.Parse("nghìn tấn"));
                }

                if (!all.Contains("trieu usd", StringComparison.Ordinal))
                {
                    Problem(ProblemSeverity.Warning, 0, null, "the table does not state its unit; triệu USD for values and nghìn tấn for quantities, the units of this table in every GSO release, were assumed.", "check the values' magnitude against a previous release.");
                }

                return (Unit.MillionUsd, Unit.Parse("nghìn tấn"));
            default:
                return (Unit.Index, null);
        }
    }

    private sealed class RowState
    {
        public string Section { get; set; } = string.Empty;

        public HashSet<string> Sections { get; } = [];

        public Dictionary<(string, string), (int Row, List<double> Figures)> Seen { get; } = [];

        public bool InCommodities { get; set; }

        public bool AfterForeignSector { get; set; }

        public string CpiGroup { get; set; } = string.Empty;

        public int CpiGroupLevel { get; set; }

        public Unit? ProductUnit { get; set; }

        public string LastCommodity { get; set; } = string.Empty;
    }

    private readonly record struct RowIdentity(string Indicator, string Breakdown, string Dimension, string Parent, bool IndexIsPercent = false, bool Footnoted = false);

    // The unit a trade table's footnote gives the rows marked "(*)": "(*)Chiếc, triệu USD" → chiếc (null when none).
    private Unit? FootnoteQuantityUnit()
    {
        for (var r = 1; r <= _grid.MaxRow; r++)
        {
            foreach (var c in _grid.ColumnsIn(r))
            {
                if (_grid.Raw(r, c).Text is { } t && System.Text.RegularExpressions.Regex.Match(t.Trim(), @"^\(\*\)\s*([^,(]+),") is { Success: true } m)
                {
                    var unit = m.Groups[1].Value.Trim();
                    return unit.Length == 0 ? null : Unit.Parse(char.ToLower(unit[0], CultureInfo.GetCultureInfo("vi-VN")) + unit[1..]);
                }
            }
        }

        return null;
    }

    private RowIdentity? Identify(string label, int level, RowState state)
    {
        var letters = VietnameseText.Letters(label);
        switch (_table)
        {
            case GsoTable.IndustrialProduction:
                if (letters.StartsWith("toannganh", StringComparison.Ordinal))
                {
                    return new RowIdentity("IIP", string.Empty, string.Empty, string.Empty);
                }

                if (IipSection(letters) is { } section && state.Sections.Add(section))
                {
                    state.Section = section;
                    return new RowIdentity("IIP", section, "sector", string.Empty);
                }

                return new RowIdentity("IIP", label, "industry", state.Section);
            case GsoTable.IndustrialProducts:
                return new RowIdentity("OUTPUT", label, "product", string.Empty);
            case GsoTable.RetailSales:
                return letters.StartsWith("tongso", StringComparison.Ordinal) || letters.StartsWith("tongmuc", StringComparison.Ordinal)
                    ? new RowIdentity("RETAIL", string.Empty, string.Empty, string.Empty)
                    : new RowIdentity("RETAIL", RetailComponent(letters) ?? label, "component", string.Empty);
            case GsoTable.Exports or GsoTable.Imports:
                var code = _table == GsoTable.Exports ? "EXPORT" : "IMPORT";
                if (letters.StartsWith("tongtrigia", StringComparison.Ordinal) || letters == "tongso")
                {
                    return new RowIdentity(code, string.Empty, string.Empty, string.Empty);
                }

                if (letters.StartsWith("mathang", StringComparison.Ordinal))
                {
                    state.InCommodities = true;
                    return null;
                }

                if (!state.InCommodities && letters.Contains("kinhtetrongnuoc", StringComparison.Ordinal))
                {
                    return new RowIdentity(code, Domestic, "ownership", string.Empty);
                }

                if (!state.InCommodities && letters.Contains("vondautu", StringComparison.Ordinal))
                {
                    state.AfterForeignSector = true;
                    return new RowIdentity(code, Foreign, "ownership", string.Empty);
                }

                if (!state.InCommodities && state.AfterForeignSector && (letters == "dautho" || letters.StartsWith("hanghoakhac", StringComparison.Ordinal)))
                {
                    return new RowIdentity(code, Foreign + ": " + label, "foreign_split", Foreign);
                }

                state.InCommodities = true;

                // "Trong đó: Nguyên chiếc(*)" under "Ô tô" is a part of the commodity above it ("Ô tô nguyên chiếc"),
                // and its "(*)" points to the footnote giving its own unit ("(*)Chiếc, triệu USD"): cars, not nghìn tấn.
                var footnoted = label.Contains("(*)", StringComparison.Ordinal);
                var bare = System.Text.RegularExpressions.Regex.Replace(label, @"\s*\(\*+\)\s*", " ").Trim();
                if (VietnameseText.Fold(bare).StartsWith("trong do", StringComparison.Ordinal) && state.LastCommodity.Length > 0)
                {
                    var part = bare[(bare.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                    part = part.Length > 0 ? char.ToLower(part[0], CultureInfo.GetCultureInfo("vi-VN")) + part[1..] : part;
                    return new RowIdentity(code, state.LastCommodity + " " + part, "commodity", state.LastCommodity, Footnoted: footnoted);
                }

                state.LastCommodity = bare;
                return new RowIdentity(code, bare, "commodity", string.Empty, Footnoted: footnoted);
            case GsoTable.ConsumerPrices:
                if (letters.StartsWith("chisogiatieudung", StringComparison.Ordinal))
                {
                    return new RowIdentity("CPI", string.Empty, string.Empty, string.Empty);
                }

                if (letters.StartsWith("chisogiavang", StringComparison.Ordinal))
                {
                    return new RowIdentity("GOLD_PRICE_INDEX", string.Empty, string.Empty, string.Empty);
                }

                if (letters.StartsWith("chisogiadolamy", StringComparison.Ordinal))
                {
                    return new RowIdentity("USD_PRICE_INDEX", string.Empty, string.Empty, string.Empty);
                }

                if (letters.StartsWith("lamphatcoban", StringComparison.Ordinal))
                {
                    return new RowIdentity("CORE_INFLATION", string.Empty, string.Empty, string.Empty, IndexIsPercent: true);
                }

                if (state.CpiGroupLevel == 0 || level <= state.CpiGroupLevel)
                {
                    state.CpiGroup = label;
                    state.CpiGroupLevel = level;
                    return new RowIdentity("CPI", label, "group", string.Empty);
                }

                return new RowIdentity("CPI", state.CpiGroup + ": " + label, "subgroup", state.CpiGroup);
            default:
                return null;
        }
    }

    /// <summary>The canonical name of the foreign-invested sector, as in the GSO's headline series.</summary>
    internal const string Foreign = "Khu vực có vốn đầu tư nước ngoài";

    /// <summary>The canonical name of the domestic sector.</summary>
    internal const string Domestic = "Khu vực kinh tế trong nước";

    private static string? IipSection(string letters) => letters switch
    {
        "khaikhoang" or "bkhaikhoang" => "B. Khai khoáng",
        "congnghiepchebienchetao" or "chebienchetao" or "cchebienchetao" => "C. Chế biến, chế tạo",
        _ when letters.StartsWith("sanxuatvaphanphoidien", StringComparison.Ordinal) || letters.StartsWith("dsanxuatvaphanphoidien", StringComparison.Ordinal) => "D. Sản xuất và phân phối điện",
        _ when letters.StartsWith("cungcapnuoc", StringComparison.Ordinal) || letters.StartsWith("ecungcapnuoc", StringComparison.Ordinal) => "E. Cung cấp nước, xử lý rác thải, nước thải",
        _ => null,
    };

    private static string? RetailComponent(string letters)
        => letters.Contains("banlehanghoa", StringComparison.Ordinal) ? "Bán lẻ hàng hóa"
        : letters.Contains("luutru", StringComparison.Ordinal) ? "Dịch vụ lưu trú, ăn uống"
        : letters.Contains("dulich", StringComparison.Ordinal) ? "Du lịch lữ hành"
        : letters.Contains("dichvukhac", StringComparison.Ordinal) ? "Dịch vụ khác"
        : null;

    private IEnumerable<Observation> Build(RowIdentity id, int row, List<(GsoColumn Column, double Value)> figures, (Unit Value, Unit? Quantity) units, RowState state)
    {
        // One observation per (quantity or value, period), holding the level, share and rates the row gives for it.
        foreach (var group in figures.GroupBy(f => (f.Column.Quantity, f.Column.Period!.Value)))
        {
            var (quantity, period) = group.Key;
            var indicator = quantity ? id.Indicator + "_VOLUME" : id.Indicator;
            Unit? unit = _table switch
            {
                GsoTable.RetailSales => units.Value,
                GsoTable.Exports or GsoTable.Imports => quantity ? (id.Footnoted && FootnoteQuantityUnit() is { } marked ? marked : units.Quantity) : units.Value,
                GsoTable.IndustrialProducts => state.ProductUnit,
                _ => null,
            };
            var o = new Observation
            {
                Indicator = indicator,
                Breakdown = id.Breakdown,
                Dimension = id.Dimension,
                Parent = id.Parent,
                Period = period,
                Release = _release,
                Status = period.Contains(Period.Month(_release.Year, _release.LastMonth)) ? ObservationStatus.Estimate : ObservationStatus.Preliminary,
                Citation = "GSO monthly workbook " + System.IO.Path.GetFileName(_file) + ", sheet '" + _grid.Name + "'",
                Source = new SourceLocation(_file, row, SheetGrid.ColumnName(group.First().Column.Col), _grid.Name),
            };
            foreach (var (column, value) in group)
            {
                var rate = id.IndexIsPercent || _percentColumns.Contains(column.Col) ? new StatedRate(value, Decimals(value)) : IndexToRate(value);
                o = column.Measure switch
                {
                    GsoMeasure.Level => o with { Value = value, Unit = unit, Status = column.Status == ObservationStatus.Unspecified ? o.Status : column.Status },
                    GsoMeasure.Share => o with { Share = new StatedRate(value, Decimals(value)) },
                    GsoMeasure.MonthOnMonth => o with { MonthOnMonth = rate },
                    GsoMeasure.YearOnYear => o with { YearOnYear = rate },
                    _ => o,
                };
            }

            if (o.HasValue && o.Unit is null)
            {
                Problem(ProblemSeverity.Warning, row, null, $"\"{id.Breakdown}\" has a quantity but no unit (the \"Đơn vị tính\" column is empty above it); it was imported without a unit.", "write the unit in the row's \"Đơn vị tính\" cell.");
            }

            yield return o;
        }
    }

    /// <summary>
    /// An index (103,46: up 3,46%) as a rate, keeping the decimals it was written with, so that 100,14 gives 0,14 and
    /// not 0,14000000000000057; an index computed to full precision stays at full precision.
    /// </summary>
    private static StatedRate IndexToRate(double index)
    {
        var d = Decimals(index);
        return d >= 0 ? new StatedRate(Math.Round(index - 100, d), d) : new StatedRate(index - 100, -1);
    }

    /// <summary>The decimals of a number's shortest form when it has few (103,46 → 2), otherwise -1 (computed figures).</summary>
    private static int Decimals(double v)
    {
        var s = v.ToString("R", CultureInfo.InvariantCulture);
        if (s.Contains('E', StringComparison.Ordinal))
        {
            return -1;
        }

        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var d = dot < 0 ? 0 : s.Length - dot - 1;
        return d <= 4 ? d : -1;
    }

    private void Problem(ProblemSeverity severity, int row, string? column, string message, string fix)
        => _problems.Add(new InputProblem(severity, new SourceLocation(_file, row, column, _grid.Name), message, fix));
}
