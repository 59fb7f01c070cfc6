using System.Globalization;
using System.IO.Compression;
using Analytics.Io;

namespace Analytics.Tests.Io;

/// <summary>
/// The catalogue of bad interchange workbooks in BadInputs/workbook/ (built by tools/make_bad_workbooks.py): each is
/// refused with the file, sheet, row and column named and a fix, or read with a warning, or read correctly. None throws.
/// </summary>
public sealed class InterchangeBadWorkbookTests
{
    private static string Bad(string name) => TestData.BadInput(Path.Combine("workbook", name));

    public static TheoryData<string, string, ProblemSeverity, int, string?, string> Cases => new()
    {
        { "xxe.xlsx", "invariant", ProblemSeverity.Error, 0, null, "declares a document type (DTD)" },
        { "boolean-in-value.xlsx", "invariant", ProblemSeverity.Error, 2, "value", "'TRUE' is not a number" },
        { "error-in-rate.xlsx", "invariant", ProblemSeverity.Error, 2, "yoy_pct", "'#N/A' is not a number" },
        { "formula-without-value.xlsx", "invariant", ProblemSeverity.Warning, 3, "value", "the cell D3 holds the formula =SUM(X1:X9) without a computed value" },
        { "text-number-vi.xlsx", "invariant", ProblemSeverity.Error, 2, "value", "'8.123' reads as 8.123 with '.' for decimals but as 8123" },
        { "hidden-first-sheet.xlsx", "invariant", ProblemSeverity.Warning, 0, null, "the hidden sheet 'old' was not read; only the sheet 'Sheet1' was" },
        { "all-sheets-hidden.xlsx", "invariant", ProblemSeverity.Error, 0, null, "no visible worksheet" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadWorkbook_IsLocatedWithAFix(string file, string culture, ProblemSeverity severity, int row, string? column, string fragment)
    {
        var path = Bad(file);
        var c = culture == "invariant" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        var result = InterchangeWorkbook.Read(path, new InterchangeOptions { Culture = c });
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(severity, problem.Severity);
        Assert.Equal((path, row, column), (problem.Location.File, problem.Location.Row, problem.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
        Assert.Equal(severity == ProblemSeverity.Error, result.HasErrors);
        if (result.HasErrors)
        {
            Assert.Empty(result.Observations);
        }
    }

    /// <summary>
    /// <c>--culture auto</c> on workbooks: the numbers typed as text in the number columns settle it, as a CSV's numbers
    /// do; number cells are passed over (they need no culture), and when they are all there is the culture has no effect.
    /// </summary>
    [Theory]
    [InlineData("auto-text-vi.xlsx", "vi-VN", "'12,6' in cell G2 is written the Vietnamese way", new[] { 72007.0, 270.0 }, new[] { 12.6, 12.5 })]
    [InlineData("auto-text-dot.xlsx", "", "'12.6' in cell G2 uses '.' for decimals", new[] { 270.0 }, new[] { 12.6 })]
    [InlineData("auto-numbers-only.xlsx", "", "every figure of the sheet is a number cell", new[] { 72.007, 270.0 }, new[] { 9.2, 12.5 })]
    public void DetectWorkbook_TextCellsSettleIt_ReadsTheFigures(string file, string culture, string reason, double[] values, double[] yoy)
    {
        var (detected, why) = CultureDetection.DetectWorkbook(Bad(file));
        Assert.Equal(culture, detected?.Name);
        Assert.Contains(reason, why, StringComparison.Ordinal);
        var obs = InterchangeWorkbook.Read(Bad(file), new InterchangeOptions { Culture = detected! }).ThrowIfErrors();
        Assert.Equal(values, obs.Select(o => o.Value));
        Assert.Equal(yoy, obs.Select(o => o.YearOnYear.Percent));
    }

    [Theory]
    [InlineData("auto-text-undecided.xlsx", "its 2 number(s) typed as text (e.g. '72.007' in cell D2) do not settle it")]
    [InlineData("auto-text-mixed.xlsx", "the numbers mix conventions: '12,6' in cell G2 is Vietnamese, '1.5' in cell G3 is not")]
    [InlineData("text-number-vi.xlsx", "its 1 number(s) typed as text (e.g. '8.123' in cell D2) do not settle it")]
    public void DetectWorkbook_TextCellsDoNotSettleIt_SaysWhy(string file, string reason)
    {
        var (detected, why) = CultureDetection.DetectWorkbook(Bad(file));
        Assert.Null(detected);
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextNumberUnderViVn_IsRead()
        => Assert.Equal(8123, Assert.Single(InterchangeWorkbook.Read(Bad("text-number-vi.xlsx"), new InterchangeOptions { Culture = CultureInfo.GetCultureInfo("vi-VN") }).ThrowIfErrors()).Value);

    [Fact]
    public void Read_HiddenSheetFirst_ReadsTheVisibleOne()
    {
        // The hidden sheet 'old' says 999; the visible one 270, the figure read.
        var o = Assert.Single(InterchangeWorkbook.Read(Bad("hidden-first-sheet.xlsx")).ThrowIfErrors());
        Assert.Equal((270.0, "Sheet1"), (o.Value, o.Source!.Sheet));
    }

    [Fact]
    public void Read_ChartSheetFirst_ReadsTheWorksheet()
    {
        var obs = InterchangeWorkbook.Read(Bad("chart-sheet-first.xlsx")).ThrowIfErrors();
        Assert.Equal([270.0, 8123.5], obs.Select(o => o.Value));
    }

    [Fact]
    public void Read_CellsWithoutReference_ArePlacedInOrder()
    {
        var o = Assert.Single(InterchangeWorkbook.Read(Bad("cells-without-reference.xlsx")).ThrowIfErrors());
        Assert.Equal(("EXPORT", "", 270.0, 12.5), (o.Indicator, o.Breakdown, o.Value, o.YearOnYear.Percent));
    }

    [Fact]
    public void Read_FormulaWithoutValue_KeepsTheOtherRows()
    {
        var result = InterchangeWorkbook.Read(Bad("formula-without-value.xlsx"));
        Assert.False(result.HasErrors);
        Assert.Equal(270, result.Observations[0].Value);
        Assert.True(double.IsNaN(result.Observations[1].Value));
    }

    [Fact]
    public void Read_PartInflatingBeyondTheCap_IsRefusedBeforeItIsInflated()
    {
        // A zip bomb in miniature: the sheet's directory entry says it inflates to 3.75 GiB. The reader refuses it on
        // that figure, naming the part and the cap, without inflating a byte (the real 2.2 GB one is measured with
        // tools/make_limit_inputs.py).
        var path = Scratch.Path("bomb", ".xlsx");
        File.Copy(Bad("hidden-first-sheet.xlsx"), path, true);
        var bytes = File.ReadAllBytes(path);
        var name = "xl/worksheets/sheet1.xml"u8.ToArray();
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 1 && bytes[i + 3] == 2
                && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(0xF0000000u).CopyTo(bytes, i + 24);
            }
        }

        File.WriteAllBytes(path, bytes);
        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.Equal(0xF0000000L, zip.GetEntry("xl/worksheets/sheet1.xml")!.Length);
        }

        var result = InterchangeWorkbook.Read(path);
        var p = Assert.Single(result.Problems);
        Assert.Contains("its part 'xl/worksheets/sheet1.xml' inflates to 3,840 MiB", p.Message, StringComparison.Ordinal);
        Assert.Contains("more than the 256 MiB a part of a workbook may be", p.Message, StringComparison.Ordinal);
    }
}
