using Analytics.Tests.Cli;

namespace Analytics.Tests.Io;

/// <summary>
/// The mutants the fuzzer (tools/Analytics.Fuzz) found crashing a command, kept in BadInputs/fuzz/: each now ends in a
/// located error (the file named, why it cannot be read, exit 2) or is read and reported correctly, never in exit 3.
/// </summary>
public class FuzzFindingTests
{
    public static TheoryData<string, string> Unreadable => new()
    {
        // Each is a workbook the tool wrote (or the province's input workbook) with one part of the zip damaged.
        { "sheet-xml-malformed.xlsx", "cannot be opened as an Excel workbook" },
        { "part-missing.xlsx", "cannot be opened as an Excel workbook" },
        { "relationships-malformed.xlsx", "cannot be opened as an Excel workbook" },
        { "content-types-malformed.xlsx", "cannot be opened as an Excel workbook" },
        { "relationship-id-invalid.xlsx", "cannot be opened as an Excel workbook" },
        { "input-workbook-corrupted.xlsx", "cannot be opened as an Excel workbook" },
        { "input-workbook-xml-malformed.xlsx", "cannot be opened as an Excel workbook" },
        { "cell-type-unknown.xlsx", "which the xlsx format does not know" },
        { "style-index-not-a-number.xlsx", "which is not a style number" },
        { "number-cell-not-a-number.xlsx", "không phải một số (tệp bị hỏng?)" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void DamagedWorkbook_IsALocatedError_InEveryCommand(string file, string message)
    {
        var path = TestData.BadInput(Path.Combine("fuzz", file));
        foreach (var command in new[] { "growth", "audit", "narrate", "report" })
        {
            var (code, _, err) = CliRunner.Run(command == "report" ? [command, "--input", path, "--out", Scratch.Path("report")] : [command, "--input", path]);
            Assert.Equal(2, code);
            Assert.Contains(file, err, StringComparison.Ordinal);
            Assert.Contains(message, err, StringComparison.Ordinal);
            Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NonCharacterInALongSeriesName_IsALocatedError()
    {
        // A long file series_id,period,value whose names carry U+FFFE: string.Normalize threw on it.
        var path = TestData.BadInput(Path.Combine("fuzz", "noncharacter-in-series-name.csv"));
        foreach (var args in new[] { new[] { "growth", "--input", path }, ["forecast", "--input", path, "--horizon", "3"], ["yearend", "--input", path, "--through", "2018-09"] })
        {
            var (code, _, err) = CliRunner.Run(args);
            Assert.Equal(2, code);
            Assert.Contains("noncharacter-in-series-name.csv", err, StringComparison.Ordinal);
            Assert.Contains("series_id", err, StringComparison.Ordinal);
            Assert.Contains("not text (such as U+FFFE)", err, StringComparison.Ordinal);
            Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoncharacterInInterchangeText_IsALocatedErrorNotACrash()
    {
        // The Thai Bình file with U+FFFE in cells and a mangled period: the NFC normalisation of keys threw on it.
        var path = TestData.BadInput(Path.Combine("fuzz", "noncharacter-in-interchange-text.csv"));
        var (code, _, err) = CliRunner.Run("growth", "--input", path);
        Assert.Equal(2, code);
        Assert.Contains("row 11, column period: '--01..2023-09' is not a cumulative period", err, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
    }

    [Fact]
    public void NoncharacterInAUnit_IsAWarningOnTheUnitNotACrash()
    {
        // The seed with U+FFFE inside "triệu USD" (and a value made Infinity): folding the unit to compare it threw.
        var path = TestData.BadInput(Path.Combine("fuzz", "noncharacter-in-unit.csv"));
        var (code, _, err) = CliRunner.Run("growth", "--input", path);
        Assert.Equal(2, code);
        Assert.Contains("row 42, column unit", err, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
    }

    [Fact]
    public void InputWorkbookWithAStyleFormatIdNotANumber_IsALocatedError()
    {
        // The province's input workbook with a BOM typed into a number format id ("\uFEFF167"): the SDK threw reading it.
        var path = TestData.BadInput(Path.Combine("fuzz", "input-workbook-format-id-not-a-number.xlsx"));
        foreach (var command in new[] { "growth", "audit", "narrate" })
        {
            var (code, _, err) = CliRunner.Run(command, "--input", path);
            Assert.Equal(2, code);
            Assert.Contains("input-workbook-format-id-not-a-number.xlsx", err, StringComparison.Ordinal);
            Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void InputWorkbookWithAMergedRangeWrittenCornerLast_IsReadAsTheSameCells()
    {
        // A merged range whose second corner comes before its first (a row number mutated): counting its rows threw.
        var path = TestData.BadInput(Path.Combine("fuzz", "input-workbook-merge-reversed.xlsx"));
        var (code, output, err) = CliRunner.Run("growth", "--input", path);
        Assert.True(code is 0 or 2, err);
        Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
        if (code == 0)
        {
            // The figures the bundled workbook holds are still read: September's imports, 139 triệu USD.
            Assert.Contains("IMPORT,,2023-09,139,", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GsoWorkbookWithoutItsRelationships_IsACleanErrorNotACrash()
    {
        // The September 2023 GSO workbook with xl/_rels/workbook.xml.rels deleted: looking a sheet's part up by id threw.
        var path = TestData.BadInput(Path.Combine("fuzz", "gso-workbook-relationships-missing.xlsx"));
        var (code, _, err) = CliRunner.Run("import", "--gso", path, "--output", Scratch.Path("gso-no-rels", ".csv"));
        Assert.Equal(2, code);
        Assert.Contains("gso-workbook-relationships-missing.xlsx", err, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberFormatIdNotANumber_IsReadAsGeneral()
    {
        // The interchange workbook with a numFmtId of -1e400 in its styles part: reading the formats threw.
        var path = TestData.BadInput(Path.Combine("fuzz", "number-format-id-not-a-number.xlsx"));
        var result = Analytics.Io.InterchangeWorkbook.Read(path);
        Assert.False(result.HasErrors);
        Assert.Contains(result.Observations, o => o.Indicator == "IND_VALUE" && o.Value == 72007);
    }

    [Fact]
    public void ControlCharacterInAName_ReportIsWritten_WithoutTheCharacter()
    {
        // The header's "dimension" carries U+0001 (an unknown column, warned about): the Word writer threw on it.
        var path = TestData.BadInput(Path.Combine("fuzz", "control-character-in-name.csv"));
        var dir = Scratch.Path("report");
        var (code, _, err) = CliRunner.Run("report", "--input", path, "--out", dir);
        Assert.Equal(0, code);
        Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
        var docx = Assert.Single(Directory.GetFiles(dir, "*.docx"));
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.DoesNotContain('\u0001', text);
        Assert.Contains("Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 9/2023 giảm 2,8%", text, StringComparison.Ordinal);
    }
}
