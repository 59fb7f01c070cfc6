using System.Diagnostics;
using Xunit.Abstractions;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Io;

/// <summary>
/// The input workbook through LibreOffice, as a province without Excel opens and saves it: the October template keeps
/// its decimal validations, and the seed's filled workbook saved again by LibreOffice (shared strings, its own styles)
/// still gives the seed report word for word. Needs <c>soffice</c> on the path (apt-get install libreoffice-calc);
/// without it the test says so on its output and checks nothing else.
/// </summary>
public class InputWorkbookLibreOfficeTests(ITestOutputHelper output)
{
    private static string? Soffice()
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "soffice")).FirstOrDefault(File.Exists);

    private static string Resave(string soffice, string xlsx)
    {
        var dir = Scratch.Path("libreoffice");
        Directory.CreateDirectory(dir);
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList = { "-env:UserInstallation=file://" + Path.Combine(dir, "profile"), "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", Path.Combine(dir, "out"), xlsx },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(start)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(180_000), "LibreOffice did not finish in 3 minutes");
        var result = Path.Combine(dir, "out", Path.GetFileName(xlsx));
        Assert.True(File.Exists(result), "LibreOffice did not write " + result);
        return result;
    }

    [Fact]
    public void LibreOffice_KeepsTheValidations_AndItsSavedSeedGivesTheSeedReport()
    {
        if (Soffice() is not { } soffice)
        {
            output.WriteLine("soffice is not installed: LibreOffice not checked.");
            return;
        }

        var template = Scratch.Path("bieu-2023-10", ".xlsx");
        Assert.Equal(0, Cli.CliRunner.Run("template", "--period", "2023-10", "--from", TestData.Path("thai-binh/2023-09.csv"), "--out", template).Code);
        var saved = Resave(soffice, template);
        using (var doc = SpreadsheetDocument.Open(saved, false))
        {
            var wb = doc.WorkbookPart!;
            var sheets = wb.Workbook!.Sheets!.Elements<S.Sheet>().ToList();
            Assert.Equal(7, sheets.Count);
            foreach (var sheet in sheets.Skip(1))
            {
                var validations = ((WorksheetPart)wb.GetPartById(sheet.Id!.Value!)).Worksheet!.Descendants<S.DataValidation>().ToList();
                Assert.Equal(3, validations.Count);
                Assert.All(validations.Take(2), v => Assert.Equal(S.DataValidationValues.Decimal, v.Type!.Value));
            }
        }

        var seed = Resave(soffice, TestData.Path("thai-binh/2023-09-bieu.xlsx"));
        var fromCsv = Cli.ProvinceInputTests.Report(TestData.Path("thai-binh/2023-09.csv"));
        var fromLibreOffice = Cli.ProvinceInputTests.Report(seed);
        Assert.Equal(fromCsv.Md, fromLibreOffice.Md);
        Assert.Equal(fromCsv.Html, fromLibreOffice.Html);
    }
}
