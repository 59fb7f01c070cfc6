using System.Globalization;
using System.Text;
using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Tests.Io;

/// <summary>
/// Windows-1258 on request: the seed's September 2023 report saved in Windows-1258 (BadInputs/windows-1258-thai-binh.csv,
/// made by tools/make_windows1258_csv.py: accented letters as base letters with combining tone marks, as Windows writes
/// them) reads with <see cref="TextEncoding.Windows1258"/> to exactly the figures of the UTF-8 original, is refused
/// without it with the way to read it, and a UTF-8 file given as Windows-1258 is never turned into mojibake.
/// </summary>
public sealed class Windows1258Tests
{
    private static readonly string Original = TestData.Path("thai-binh/2023-09.csv");
    private static readonly string Cp1258 = TestData.BadInput("windows-1258-thai-binh.csv");

    [Fact]
    public void Read_Windows1258_GivesExactlyTheObservationsOfTheUtf8Original()
    {
        var utf8 = InterchangeFormat.Read(Original);
        var read = InterchangeFormat.Read(Cp1258, new InterchangeOptions { Encoding = TextEncoding.Windows1258 });
        Assert.Equal(Figures(utf8), Figures(read));
        Assert.Equal(49, read.Observations.Count);
        Assert.Equal(utf8.Problems.Select(p => (p.Severity, p.Location.Row, p.Location.Column, p.Message.Replace(Original, Cp1258, StringComparison.Ordinal))), read.Problems.Select(p => (p.Severity, p.Location.Row, p.Location.Column, p.Message)));
        // The names are composed (NFC), as typed: "Thái Bình" has the bytes "Bi" + combining grave + "nh" in the file.
        Assert.Contains(read.Observations, o => o.Breakdown == "Hàn Quốc");
        Assert.Contains(read.Observations, o => o.Breakdown == "Thủ công mỹ nghệ");
        Assert.All(read.Observations, o => Assert.True(o.Breakdown.IsNormalized(NormalizationForm.FormC), o.Breakdown));
        Assert.Contains(Encoding.Latin1.GetString(File.ReadAllBytes(Cp1258)).ToCharArray(), c => c == '\u00CC');
    }

    [Fact]
    public void Read_Windows1258WithoutTheOption_IsRefusedWithTheWayToReadIt()
    {
        var result = InterchangeFormat.Read(Cp1258);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(1, problem.Location.Row);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding windows-1258", problem.Fix, StringComparison.Ordinal);
        Assert.Contains("TCVN3", problem.Fix, StringComparison.Ordinal);
        Assert.Contains("UniKey", problem.Fix, StringComparison.Ordinal);
        Assert.Empty(result.Observations);
    }

    [Fact]
    public void Read_Utf8GivenAsWindows1258_IsReadAsUtf8WithAWarning()
    {
        var utf8 = InterchangeFormat.Read(Original);
        var read = InterchangeFormat.Read(Original, new InterchangeOptions { Encoding = TextEncoding.Windows1258 });
        Assert.False(read.HasErrors);
        Assert.Equal(Figures(utf8), Figures(read));
        var warning = Assert.Single(read.Problems.Except(utf8.Problems));
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(1, warning.Location.Row);
        Assert.Contains("given as Windows-1258 but is UTF-8", warning.Message, StringComparison.Ordinal);
        Assert.Contains("drop --encoding windows-1258", warning.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AsciiGivenAsWindows1258_ReadsTheSameWithoutAWord()
    {
        var path = Scratch.Path("ascii-1258", ".csv");
        File.WriteAllText(path, "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\nEXPORT,,2023-09,31410,triệu USD,,,estimate\n".Replace("triệu USD", "USD", StringComparison.Ordinal), new UTF8Encoding(false));
        var read = InterchangeFormat.Read(path, new InterchangeOptions { Encoding = TextEncoding.Windows1258 });
        Assert.Equal(InterchangeFormat.Read(path).Problems.Count, read.Problems.Count);
        Assert.Equal(31410, Assert.Single(read.Observations).Value);
    }

    [Theory]
    [InlineData(new byte[] { 0x81 }, "U+0081")] // a byte Windows-1258 leaves undefined
    [InlineData(new byte[] { 0xB8 }, "U+00B8")] // TCVN3's "á" ("Châu" in TCVN3 is "Ch" 0xA9 "u"; "Thái" is "Th" 0xB8 "i")
    public void Read_NotVietnameseInWindows1258_IsRefusedLocated(byte[] odd, string character)
    {
        var path = Scratch.Path("not-1258", ".csv");
        File.WriteAllBytes(path, [.. "indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status\nEXPORT,Th"u8, .. odd, .. "i,2023-09,5,USD,,,estimate\n"u8]);
        var problem = Assert.Single(InterchangeFormat.Read(path, new InterchangeOptions { Encoding = TextEncoding.Windows1258 }).Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(2, problem.Location.Row);
        Assert.Contains($"does not read as Vietnamese in Windows-1258: '{(char)odd[0]}' ({character}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("TCVN3", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void LongSeries_Windows1258_ReadsTheSameSeriesAsUtf8()
    {
        var path = Scratch.Path("long-1258-ok", ".csv");
        // "Xuất khẩu/Châu Á" in Windows-1258: â is 0xE2, the combining acute 0xEC, the hook above 0xD2, Á 0xC1.
        byte[] id = [.. "Xu"u8, 0xE2, 0xEC, .. "t kh"u8, 0xE2, 0xD2, .. "u/Ch"u8, 0xE2, .. "u "u8, 0xC1];
        File.WriteAllBytes(path, [.. "series_id,period,value\n"u8, .. id, .. ",2023-08,5.5\n"u8, .. id, .. ",2023-09,6.25\n"u8]);
        var read = LongSeriesFormat.Read(path, CultureInfo.InvariantCulture, TextEncoding.Windows1258);
        Assert.Empty(read.Problems);
        var series = Assert.Single(LongSeriesFormat.ToNamedSeries(read.Value));
        Assert.Equal("Xuất khẩu/Châu Á", series.Id);
        Assert.Equal([5.5, 6.25], series.Series.Values.ToArray());
        Assert.Contains(LongSeriesFormat.Read(path).Problems, p => p.Severity == ProblemSeverity.Error && p.Fix.Contains("--encoding windows-1258", StringComparison.Ordinal));
    }

    private static List<string> Figures(ReadResult r)
        => r.Observations.Select(o => o with { Source = o.Source is { } s ? s with { File = string.Empty } : null }).Select(o => o.ToString()).ToList();
}
