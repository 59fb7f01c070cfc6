using System.Globalization;
using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Tests.Io;

/// <summary>
/// The catalogue of malformed files in BadInputs/: each is refused (error) or loaded with a warning, with a message
/// that names the file, the row, the column and the fix. None crashes, none is silently dropped.
/// </summary>
public class BadInputTests
{
    public static TheoryData<string, string, ProblemSeverity, int, string?, string> Cases => new()
    {
        { "text-in-number.csv", "invariant", ProblemSeverity.Error, 2, "value", "is not a number" },
        { "double-percent.csv", "vi-VN", ProblemSeverity.Error, 2, "yoy_pct", "two percent signs" },
        { "plus-dot-percent-vi.csv", "vi-VN", ProblemSeverity.Error, 2, "yoy_pct", "not a number in this file's culture" },
        { "comma-decimal-invariant.csv", "invariant", ProblemSeverity.Error, 3, "yoy_pct", "read it with --culture vi-VN" },
        { "duplicate-different.csv", "invariant", ProblemSeverity.Error, 4, null, "given twice with different figures (here and on row 2)" },
        { "duplicate-same.csv", "invariant", ProblemSeverity.Warning, 3, null, "repeats row 2" },
        { "bad-period.csv", "invariant", ProblemSeverity.Error, 2, "period", "'09/2023' is not a period" },
        { "negative-flow.csv", "invariant", ProblemSeverity.Error, 2, "value", "negative value" },
        { "unit-differs.csv", "invariant", ProblemSeverity.Warning, 3, "unit", "in 'tỷ USD' (row 3) converted to 'triệu USD'" },
        { "unit-not-convertible.csv", "invariant", ProblemSeverity.Error, 3, "unit", "in 'chiếc' here but in 'nghìn tấn' on row 2, and the one cannot be converted" },
        { "empty.csv", "invariant", ProblemSeverity.Error, 0, null, "the file is empty" },
        { "missing-column.csv", "invariant", ProblemSeverity.Error, 1, null, "lacks the column(s) yoy_pct" },
        { "ragged-row.csv", "invariant", ProblemSeverity.Error, 2, null, "the row has 9 cells where the header has 8" },
        { "unterminated-quote.csv", "invariant", ProblemSeverity.Error, 2, null, "never closed" },
        { "bad-status.csv", "invariant", ProblemSeverity.Error, 2, "status", "'maybe' is not a status" },
        { "release-before-period.csv", "invariant", ProblemSeverity.Error, 2, "release", "before the end of the period" },
        { "value-without-unit.csv", "invariant", ProblemSeverity.Warning, 2, "unit", "has no unit" },
        { "percent-in-value.csv", "invariant", ProblemSeverity.Error, 2, "value", "percentage in a value column" },
        { "header-only.csv", "invariant", ProblemSeverity.Error, 1, null, "no figures" },
        { "unknown-column.csv", "invariant", ProblemSeverity.Warning, 1, "comment", "not part of the format" },
        { "part-unit-differs.csv", "invariant", ProblemSeverity.Error, 3, "unit", "must add up to the total" },
        { "dot-decimal-vi.csv", "vi-VN", ProblemSeverity.Error, 2, "yoy_pct", "'1.5' is not a number in this file's culture" },
        { "billion-for-million.csv", "invariant", ProblemSeverity.Warning, 2, "unit", "in 'tỷ USD' (row 2) converted to 'triệu USD'" },
        { "duplicate-column.csv", "invariant", ProblemSeverity.Error, 1, "value", "appears twice" },
        { "empty-indicator.csv", "invariant", ProblemSeverity.Error, 2, "indicator", "the indicator is empty" },
        { "row-without-figure.csv", "invariant", ProblemSeverity.Warning, 2, null, "carries no figure" },
        { "bad-release.csv", "invariant", ProblemSeverity.Error, 2, "release", "not a month" },
        { "missing-month.csv", "invariant", ProblemSeverity.Warning, 4, "period", "has no figure for 2023-08 between 2023-06 and 2023-09" },
        { "thousand-times-off.csv", "invariant", ProblemSeverity.Warning, 4, "value", "times smaller than the series' usual" },
        { "mixed-separators-vi.csv", "vi-VN", ProblemSeverity.Error, 3, "value", "'5,123.4' mixes separators" },
        { "dot-thousands-invariant.csv", "invariant", ProblemSeverity.Error, 2, "value", "'72.007' reads as 72.007 with '.' for decimals but as 72007 with '.' for thousands" },
        { "semicolon-invariant.csv", "invariant", ProblemSeverity.Error, 2, "value", "separates its columns with ';'" },
        { "semicolon-dot-decimals.csv", "invariant", ProblemSeverity.Error, 2, "value", "so '8123.5' cannot be read under the invariant default" },
        { "leading-zero-group-vi.csv", "vi-VN", ProblemSeverity.Error, 2, "mom_pct", "'0.500' puts a thousands separator '.' after a leading zero" },
        { "not-utf8.csv", "invariant", ProblemSeverity.Error, 2, null, "not UTF-8 (Windows-1258 or TCVN3?)" },
        { "not-utf8-later-line.csv", "invariant", ProblemSeverity.Error, 3, null, "not UTF-8 (Windows-1258 or TCVN3?)" },
        { "windows-1258-thai-binh.csv", "invariant", ProblemSeverity.Error, 1, null, "or read it as it is with --encoding windows-1258" },
        { "code-case-duplicate.csv", "invariant", ProblemSeverity.Error, 3, null, "given twice with different figures (here and on row 2)" },
        { "nfd-nfc-duplicate.csv", "invariant", ProblemSeverity.Error, 3, null, "given twice with different figures (here and on row 2)" },
        { "nfd-nfc-same.csv", "invariant", ProblemSeverity.Warning, 3, null, "repeats row 2" },
        { "default-release-duplicate.csv", "invariant", ProblemSeverity.Error, 3, null, "given twice with different figures (here and on row 2)" },
        { "value-overflow.csv", "invariant", ProblemSeverity.Error, 2, "value", "has 400 digits before the decimal separator, too large to be a figure" },
        { "rate-overflow.csv", "invariant", ProblemSeverity.Error, 2, "yoy_pct", "has 330 digits before the decimal separator, too large to be a figure" },
        { "value-underflow.csv", "invariant", ProblemSeverity.Error, 2, "value", "too small to be told from zero" },
        { "year-typo.csv", "invariant", ProblemSeverity.Error, 3, "period", "the period 1023-09 is outside the years 1900–2100" },
        { "year-far-future.csv", "invariant", ProblemSeverity.Error, 2, "period", "the period 9999-12 is outside the years 1900–2100" },
        { "line-break-in-cell.csv", "invariant", ProblemSeverity.Warning, 2, null, "a quoted cell holds a line break: this row runs from line 2 to line 3" },
        { "flow-falls-more-than-all.csv", "invariant", ProblemSeverity.Error, 3, "yoy_pct", "EXPORT falls by 150%, more than all of it" },
        { "many-unknown-columns.csv", "invariant", ProblemSeverity.Warning, 1, null, "5 more columns are not part of the format and are ignored (25 in all)" },
    };

    /// <summary>Unusual files read correctly, with no problem: the number of figures and the first value.</summary>
    public static TheoryData<string, string, int, double> ReadCorrectly => new()
    {
        { "quote-inside-unquoted-cell.csv", "invariant", 3, 120 },
        { "comment-with-quotes.csv", "invariant", 2, 260 },
        { "bom-crlf.csv", "invariant", 2, 260 },
        { "semicolon-whole-numbers.csv", "invariant", 2, 260 },
        { "dot-decimals-elsewhere.csv", "invariant", 2, 2.032 },
        { "semicolon-vi.csv", "vi-VN", 2, 72007 },
    };

    [Theory]
    [MemberData(nameof(ReadCorrectly))]
    public void Read_UnusualButValid_IsReadWithoutAProblem(string file, string culture, int count, double first)
    {
        var c = culture == "invariant" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        var result = InterchangeFormat.Read(TestData.BadInput(file), new InterchangeOptions { Culture = c });
        Assert.Empty(result.Problems);
        Assert.Equal(count, result.Observations.Count);
        Assert.Equal(first, result.Observations[0].Value, 9);
    }

    [Fact]
    public void Catalogue_HoldsAtLeast120Files()
        => Assert.True(Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "BadInputs"), "*", SearchOption.AllDirectories).Length >= 120);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadInput_IsLocatedWithAFix(string file, string culture, ProblemSeverity severity, int row, string? column, string fragment)
    {
        var path = TestData.BadInput(file);
        var c = culture == "invariant" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        var result = InterchangeFormat.Read(path, new InterchangeOptions { Culture = c });

        var problem = Assert.Single(result.Problems, p => p.ToString().Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(severity, problem.Severity);
        Assert.Equal(row, problem.Location.Row);
        Assert.Equal(column, problem.Location.Column);
        Assert.Equal(path, problem.Location.File);
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
        Assert.Contains(file, problem.ToString(), StringComparison.Ordinal);
        if (severity == ProblemSeverity.Error)
        {
            Assert.True(result.HasErrors);
            Assert.Empty(result.Observations);
            var e = Assert.Throws<InputException>(() => result.ThrowIfErrors());
            Assert.Contains(problem.Message, e.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.False(result.HasErrors);
        }
    }

    [Fact]
    public void Catalogue_HasAtLeastFifteenFiles_AllCovered()
    {
        var files = Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "BadInputs")).Select(System.IO.Path.GetFileName).ToHashSet();
        var covered = Cases.Select(c => (string)c[0]).Concat(ReadCorrectly.Select(c => (string)c[0])).Append("total-not-parts.csv").ToHashSet();
        var workbooks = Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "BadInputs", "gso"));
        Assert.True(files.Count + workbooks.Length >= 30);
        Assert.Subset(covered!, files!);
        Assert.Subset(files!, covered!);
    }

    [Fact]
    public void Audit_TotalNotMatchingItsParts_IsAnErrorThatNamesBoth()
    {
        var store = new ObservationStore(InterchangeFormat.Read(TestData.BadInput("total-not-parts.csv")).ThrowIfErrors());
        var finding = Assert.Single(Analytics.Audit.ConsistencyAudit.Run(store), f => f.Check == Analytics.Audit.AuditCheck.PartsVsTotal);
        Assert.Equal(Analytics.Audit.FindingSeverity.Error, finding.Severity);
        Assert.Equal(Analytics.Audit.FindingVerdict.Inconsistent, finding.Verdict);

        // The figures compared: the stated total 5300 against its three components, 4000 + 800 + 300 = 5100, 200 short;
        // whole numbers, so rounding explains at most 4 × 0.5.
        Assert.Equal(("", "component", 5300.0, 5100.0), (finding.Whole, finding.Dimension, finding.Expected, finding.Actual));
        Assert.Equal(["Bán lẻ hàng hóa", "Dịch vụ lưu trú ăn uống", "Dịch vụ khác"], finding.Parts);
        Assert.Equal(-200, finding.Difference, 9);
        Assert.Equal(2, finding.Tolerance, 9);
        Assert.False(finding.ExplainedByRounding);
        Assert.Equal(Analytics.Indicators.Unit.BillionDong, finding.Unit);

        // Named in the report's words: both figures and the difference, in vi-VN and en-US numbers.
        var vi = new Analytics.Narrative.AuditNarrator().Describe(finding);
        Assert.Contains("tổng 3 nhóm là 5.100 tỷ đồng, thấp hơn tổng số công bố (5.300 tỷ đồng) 200 tỷ đồng, vượt sai số làm tròn (±2 tỷ đồng)", vi, StringComparison.Ordinal);
        var en = new Analytics.Narrative.AuditNarrator(Analytics.Narrative.NarrativeStyle.English).Describe(finding);
        Assert.Contains("the 3 components sum to VND 5,100 billion, VND 200 billion less than the stated total of VND 5,300 billion, more than rounding explains (±VND 2 billion)", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateSameRows_KeepsOneAndSaysSo()
    {
        var result = InterchangeFormat.Read(TestData.BadInput("duplicate-same.csv"));
        Assert.Single(result.Observations);
    }

    [Fact]
    public void Read_MissingFile_IsAnErrorNotAnException()
    {
        var result = InterchangeFormat.Read(TestData.BadInput("no-such-file.csv"));
        Assert.True(result.HasErrors);
        Assert.Contains("cannot be read", result.Problems[0].Message, StringComparison.Ordinal);
    }
}
