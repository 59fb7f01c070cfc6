using System.Globalization;
using System.Text;
using Analytics.Growth;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Tables;

namespace Analytics.Tests.Io;

/// <summary>
/// The columnar path keeps the readers' rules: on every file of the bad-input catalogue and on monthly files written
/// the careless ways issue 17 lists (72.007 under the invariant default, NFD keys, a code in another letter case, a
/// year 1000, Windows-1258 bytes, a fall of 150%), <see cref="InterchangeColumns.TryRead"/> either leaves the file to
/// the store's reader (null) or gives exactly what that reader gives: no error there, the same growth table and the
/// same problems.
/// </summary>
public class InterchangeColumnsRulesTests
{
    private const string Header = "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\n";

    public static TheoryData<string> Catalogue()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "BadInputs"), "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "BadInputs"), f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void TryRead_CatalogueFile_LeftToTheStoreOrTheSame(string name)
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("vi-VN") })
        {
            AssertSameAsStore(TestData.BadInput(name), new InterchangeOptions { Culture = culture });
        }
    }

    [Theory]
    [InlineData("dot-grouped", "EXPORT,,2023-01,2.032,triệu USD,,,estimate\nEXPORT,,2023-02,1.987,triệu USD,,,estimate\n", true)]
    [InlineData("dot-grouped-with-decimals", "EXPORT,,2023-01,2.032,triệu USD,,,estimate\nEXPORT,,2023-02,1987.5,triệu USD,,,estimate\n", false)]
    [InlineData("nfd-key", "EXPORT,Cha\u0302u A\u0301,2023-01,5,triệu USD,,,estimate\nEXPORT,Ch\u00e2u \u00c1,2023-02,6,triệu USD,,,estimate\n", false)]
    [InlineData("code-case", "EXPORT,,2023-01,5,triệu USD,,,estimate\nExport,,2023-02,6,triệu USD,,,estimate\n", false)]
    [InlineData("year-1000", "EXPORT,,1000-01,5,triệu USD,,,estimate\nEXPORT,,1000-02,6,triệu USD,,,estimate\n", true)]
    [InlineData("fall-150", "EXPORT,,2023-01,5,triệu USD,-150,,estimate\nEXPORT,,2023-02,6,triệu USD,,,estimate\n", true)]
    public void TryRead_CarelessMonthlyFile_TheStoresRules(string name, string rows, bool refusedByTheStore)
    {
        var path = Scratch.Path("columns-rules-" + name, ".csv");
        File.WriteAllText(path, Header + rows, new UTF8Encoding(false));
        Assert.Equal(refusedByTheStore, InterchangeFormat.Read(path).Problems.Any(p => p.Severity == ProblemSeverity.Error));
        AssertSameAsStore(path, new InterchangeOptions());
    }

    [Fact]
    public void TryRead_Windows1258Bytes_LeftToTheStoreWhichSaysNotUtf8()
    {
        var path = Scratch.Path("columns-rules-1258", ".csv");
        var bytes = Encoding.ASCII.GetBytes(Header + "EXPORT,Ch").Concat(new byte[] { 0xE2 }).Concat(Encoding.ASCII.GetBytes("u A,2023-01,5,USD,,,estimate\n")).ToArray();
        File.WriteAllBytes(path, bytes);
        Assert.Null(InterchangeColumns.TryRead(path));
        Assert.Contains(InterchangeFormat.Read(path).Problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("UTF-8", StringComparison.Ordinal));
    }

    private static void AssertSameAsStore(string path, InterchangeOptions options)
    {
        var columns = InterchangeColumns.TryRead(path, options);
        if (columns is null)
        {
            return;
        }

        var store = InterchangeFormat.Read(path, options);
        Assert.DoesNotContain(store.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(store.Problems.Select(p => p.ToString()), columns.Problems.Select(p => p.ToString()));
        using var expected = new StringWriter(CultureInfo.InvariantCulture);
        GrowthCsv.Write(GrowthTable.Compute(new ObservationStore(store.Observations), GrowthOptions.Official), expected);
        using var actual = new StringWriter(CultureInfo.InvariantCulture);
        GrowthCsv.Write(columns.Value, GrowthColumns.Compute(columns.Value, GrowthOptions.Official), actual);
        Assert.Equal(expected.ToString(), actual.ToString());
    }
}
