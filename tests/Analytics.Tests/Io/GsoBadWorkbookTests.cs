using Analytics.Io;

namespace Analytics.Tests.Io;

/// <summary>
/// The catalogue of bad GSO workbooks in BadInputs/gso/ (built from the real September 2023 workbook by
/// tools/make_bad_gso_workbooks.py): each is refused with a message naming the file, sheet, row and column and the fix,
/// or loaded with a warning the user sees, or read correctly despite the drift. None throws.
/// </summary>
public sealed class GsoBadWorkbookTests
{
    private static string Bad(string name) => TestData.BadInput(Path.Combine("gso", name));

    private static readonly Lazy<GsoImportResult> Good = new(() => GsoWorkbook.Read(Bad("good.xlsx")));

    public static TheoryData<string, ProblemSeverity, string?, int, string?, string> Cases => new()
    {
        { "truncated.xlsx", ProblemSeverity.Error, null, 0, null, "truncated or damaged" },
        { "password-protected.xlsx", ProblemSeverity.Error, null, 0, null, "protected by a password" },
        { "empty.xlsx", ProblemSeverity.Error, null, 0, null, "the file is empty" },
        { "csv-renamed.xlsx", ProblemSeverity.Error, null, 0, null, "not an Excel .xlsx workbook" },
        { "no-gso-table.xlsx", ProblemSeverity.Error, null, 0, null, "no sheet of this workbook is one of the GSO tables" },
        { "header-removed.xlsx", ProblemSeverity.Error, "21.Tongmuc", 10, null, "no column header could be read" },
        { "duplicate-header.xlsx", ProblemSeverity.Error, "7.IIPthang", 9, "C, D", "have the same meaning" },
        { "text-in-number.xlsx", ProblemSeverity.Warning, "21.Tongmuc", 12, "D", "\"khoảng 402 nghìn tỷ\" is not a number" },
        { "number-as-text.xlsx", ProblemSeverity.Warning, "21.Tongmuc", 13, "D", "is a number stored as text; it was read as 61123.04" },
        { "ambiguous-text-number.xlsx", ProblemSeverity.Warning, "21.Tongmuc", 14, "D", "reads as 3972 with Vietnamese separators and 3.972 without" },
        { "duplicate-row-different.xlsx", ProblemSeverity.Warning, "21.Tongmuc", 16, "A", "has the same name as row 12 but different figures" },
        { "unit-missing.xlsx", ProblemSeverity.Warning, "21.Tongmuc", 0, null, "does not state its unit" },
        { "two-retail-sheets.xlsx", ProblemSeverity.Warning, "Tongmuc (2)", 0, null, "only sheet '21.Tongmuc' was imported" },
        { "sheet-from-another-month.xlsx", ProblemSeverity.Warning, "28.CPI", 0, null, "this sheet's headers point to 2023-07" },
        { "row-without-name.xlsx", ProblemSeverity.Warning, "21.Tongmuc", 14, "A", "has figures but no name" },
        { "one-sheet-malformed.xlsx", ProblemSeverity.Warning, "28.CPI", 0, null, "the sheet '28.CPI' cannot be read (" },
        { "one-sheet-dtd.xlsx", ProblemSeverity.Warning, "28.CPI", 0, null, "declares a document type (DTD)" },
        { "hidden-stale-copy.xlsx", ProblemSeverity.Warning, "Tongmuc cu", 0, null, "the hidden sheet 'Tongmuc cu' is also titled as" },
        { "rate-disagrees-with-levels.xlsx", ProblemSeverity.Warning, "21.Tongmuc", 13, "G", "agrees with the levels in columns C and D neither as a change (+12.7%) nor as an index (-87.3%): they imply +112.7" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadWorkbook_IsLocatedWithAFix(string file, ProblemSeverity severity, string? sheet, int row, string? column, string fragment)
    {
        var path = Bad(file);
        var result = GsoWorkbook.Read(path);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(severity, problem.Severity);
        Assert.Equal(path, problem.Location.File);
        Assert.Equal(sheet, problem.Location.Sheet);
        Assert.Equal(row, problem.Location.Row);
        Assert.Equal(column, problem.Location.Column);
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
        Assert.Contains(file, problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sheet-renamed.xlsx")]
    [InlineData("column-moved.xlsx")]
    [InlineData("merged-title.xlsx")]
    public void Read_LayoutDrift_GivesTheSameFigures(string file)
    {
        var drifted = GsoWorkbook.Read(Bad(file));
        Assert.Empty(drifted.Problems);
        Assert.Equal(Figures(Good.Value), Figures(drifted));
    }

    [Fact]
    public void Read_NumberAsText_KeepsEveryOtherFigure()
    {
        var result = GsoWorkbook.Read(Bad("number-as-text.xlsx"));
        var good = Figures(Good.Value);
        var read = Figures(result);
        Assert.Equal(good.Count, read.Count);
        var changed = Assert.Single(read.Except(good));
        Assert.Contains("Dịch vụ lưu trú, ăn uống", changed, StringComparison.Ordinal);
        // The figure itself, not the record's text (which formats doubles in the current culture).
        Assert.Contains(result.Observations, o => o.Breakdown.Contains("Dịch vụ lưu trú, ăn uống", StringComparison.Ordinal) && o.Value == 61123.04);
    }

    [Theory]
    [InlineData("one-sheet-malformed.xlsx")]
    [InlineData("one-sheet-dtd.xlsx")]
    public void Read_OneBadSheet_CostsThatSheetOnly(string file)
    {
        // The consumer price index (28.CPI) is lost; the other five tables are read exactly as from the good workbook.
        var result = GsoWorkbook.Read(Bad(file));
        Assert.False(result.HasErrors);
        var good = Good.Value.Observations.Where(o => o.Source!.Sheet != "28.CPI").Select(o => o with { Source = null, Citation = string.Empty }).Select(o => o.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(good);
        Assert.Equal(good, Figures(result));
    }

    [Fact]
    public void Read_HiddenStaleCopyFirst_ImportsTheVisibleSheet()
    {
        var result = GsoWorkbook.Read(Bad("hidden-stale-copy.xlsx"));
        Assert.Equal(Figures(Good.Value), Figures(result));
        Assert.All(result.Observations, o => Assert.NotEqual("Tongmuc cu", o.Source!.Sheet));
    }

    [Fact]
    public void Read_TableStatedInBillionUsd_IsReadInBillionUsd()
    {
        // The exports table's unit cell says "Nghìn tấn; Tỷ USD": its figures are tỷ USD, a thousand times the triệu
        // USD the good workbook states, with the same digits.
        var result = GsoWorkbook.Read(Bad("unit-billion-usd.xlsx"));
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("does not state its unit", StringComparison.Ordinal));
        var exports = result.Observations.Where(o => o.Indicator == "EXPORT" && o.Unit is { Kind: Analytics.Indicators.UnitKind.Money }).ToList();
        Assert.NotEmpty(exports);
        Assert.All(exports, o => Assert.Equal(Analytics.Indicators.Unit.BillionUsd, o.Unit));
        var good = Good.Value.Observations.Where(o => o.Indicator == "EXPORT" && o.Unit is { Kind: Analytics.Indicators.UnitKind.Money }).ToList();
        Assert.Equal(good.Select(o => o.Value), exports.Select(o => o.Value));
        Assert.All(good, o => Assert.Equal(Analytics.Indicators.Unit.MillionUsd, o.Unit));
    }

    [Theory]
    [InlineData(new[] { 107.12, 98.5, 110.3, 101.0 }, false, false)] // indices, as almost every release prints them
    [InlineData(new[] { 7.12, -1.5, 10.3, 1.0 }, true, false)] // changes
    [InlineData(new[] { 136.1, 152.4, 161.0, 118.3, 175.2 }, false, false)] // a post-rebound September's indices
    [InlineData(new[] { 36.1, 52.4, 61.0, 118.3, 75.2, -3.0 }, true, false)] // its changes: one negative settles it
    [InlineData(new[] { 36.1, 52.4, 61.0, 18.3, 75.2 }, false, true)] // as near 100 as 0: read, and warned about
    public void ReadsAsChange_DecidesOnTheFiguresAndSaysWhenItCannot(double[] values, bool change, bool ambiguous)
        => Assert.Equal((change, ambiguous), GsoSheetReader.ReadsAsChange(values));

    [Fact]
    public void Read_PostReboundChanges_AreReadAsChangesBecauseTheLevelsSaySo()
    {
        // Retail's September year-on-year column printed as changes beside last September's levels: +36,1% for the
        // total, +910% for travel after a lockdown. Four of five are above 65, so the figures alone take them for
        // indices (+36,1% would be -63,9%); the levels (524.595 against 385.419 tỷ đồng: +36,1%) say changes.
        var changes = new[] { 36.1, 24.7, 112.7, 910.0, 70.0 };
        Assert.Equal((false, false), GsoSheetReader.ReadsAsChange(changes));
        var result = GsoWorkbook.Read(Bad("post-rebound-changes.xlsx"));
        Assert.DoesNotContain(result.Problems, p => p.Location.Sheet == "21.Tongmuc");
        var september = result.Observations.Where(o => o.Indicator == "RETAIL" && o.Period == Analytics.Periods.Period.Month(2023, 9)).ToList();
        Assert.Equal(changes, september.Select(o => o.YearOnYear.Percent));
        var total = Assert.Single(september, o => o.Breakdown.Length == 0);
        var lastYear = Assert.Single(result.Observations, o => o.Indicator == "RETAIL" && o.Breakdown.Length == 0 && o.Period == Analytics.Periods.Period.Month(2022, 9));
        Assert.Equal(36.1, (total.Value / lastYear.Value - 1) * 100, 1);

        // The other tables are untouched: read exactly as from the good workbook.
        var good = Good.Value.Observations.Where(o => o.Source!.Sheet != "21.Tongmuc").Select(o => o with { Source = null, Citation = string.Empty }).Select(o => o.ToString()).Order(StringComparer.Ordinal);
        var rest = result.Observations.Where(o => o.Source!.Sheet != "21.Tongmuc").Select(o => o with { Source = null, Citation = string.Empty }).Select(o => o.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(good, rest);
    }

    [Fact]
    public void Read_RateDisagreeingWithItsLevels_IsWarnedAndTheColumnStillReadAsTheLevelsSay()
    {
        var result = GsoWorkbook.Read(Bad("rate-disagrees-with-levels.xlsx"));
        var september = result.Observations.Where(o => o.Indicator == "RETAIL" && o.Period == Analytics.Periods.Period.Month(2023, 9)).ToList();
        Assert.Equal(new[] { 36.1, 24.7, 12.7, 910.0, 70.0 }, september.Select(o => o.YearOnYear.Percent));
    }

    [Theory]
    [InlineData(36.1, 524595.17, 385419.25, "Change")] // the post-rebound total, as a change
    [InlineData(136.1, 524595.17, 385419.25, "Index")] // the same as an index
    [InlineData(86.41, 9.3, 10.7, "Index")] // cement, January 2022: levels rounded to 0,1
    [InlineData(12.7, 61123.04, 28736.74, "Neither")] // +112,7% mistyped
    [InlineData(5.0, 10.0, 0.0, "Uncheckable")] // nothing to compare with
    [InlineData(5.0, 0.2, 0.1, "Uncheckable")] // rounding blurs the growth beyond telling
    public void CheckRate_ComparesBothReadingsWithTheLevels(double rate, double current, double basis, string expected)
        => Assert.Equal(expected, GsoSheetReader.CheckRate(rate, current, basis).Agreement.ToString());

    private static List<string> Figures(GsoImportResult r)
        => r.Observations.Select(o => o with { Source = null, Citation = string.Empty }).Select(o => o.ToString()).Order(StringComparer.Ordinal).ToList();
}
