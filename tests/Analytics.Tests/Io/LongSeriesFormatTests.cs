using System.Globalization;
using System.Text;
using Analytics.Io;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Series;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analytics.Tests.Io;

/// <summary>
/// One reader of the long series format behind <c>growth</c> (a panel) and <c>forecast</c>/<c>yearend</c> (named
/// series): the same files read the same by both, whatever their quoting, comments, culture, BOM or line endings.
/// </summary>
public class LongSeriesFormatTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    // The series every file below holds: A with a missing March, and an id with a quote in it (a TV of 55 inches).
    private static readonly (string Id, Period Start, double[] Values)[] Expected =
    [
        ("A", Period.Month(2023, 1), [10, 11.5, double.NaN, 13.25]),
        ("Ti vi 55\"", Period.Month(2023, 2), [1234.5, 7]),
    ];

    public static TheoryData<string, string, bool> Files => new()
    {
        { "plain", "series_id,period,value\nA,2023-01,10\nA,2023-02,11.5\nA,2023-03,\nA,2023-04,13.25\nTi vi 55\",2023-02,1234.5\nTi vi 55\",2023-03,7\n", false },
        { "year-month", "series_id,year,month,value\nA,2023,1,10\nA,2023,2,11.5\nA,2023,3,\nA,2023,4,13.25\nTi vi 55\",2023,2,1234.5\nTi vi 55\",2023,3,7\n", false },
        { "quoted", "\"series_id\",\"period\",\"value\"\n\"A\",\"2023-01\",\"10\"\n\"A\",\"2023-02\",\"11.5\"\n\"A\",\"2023-03\",\"\"\n\"A\",\"2023-04\",\"13.25\"\n\"Ti vi 55\"\"\",\"2023-02\",\"1234.5\"\n\"Ti vi 55\"\"\",\"2023-03\",\"7\"\n", false },
        { "comments", "# exports, \"draft\nseries_id,period,value\nA,2023-01,10\n# a comment with a \"quote\nA,2023-02,11.5\nA,2023-03,\n  # indented, \"another\nA,2023-04,13.25\nTi vi 55\",2023-02,1234.5\nTi vi 55\",2023-03,7\n", false },
        { "vi-semicolon", "series_id;period;value\nA;2023-01;10\nA;2023-02;11,5\nA;2023-03;\nA;2023-04;13,25\nTi vi 55\";2023-02;1.234,5\nTi vi 55\";2023-03;7\n", true },
        { "vi-comma-quoted", "series_id,period,value\nA,2023-01,10\nA,2023-02,\"11,5\"\nA,2023-03,\nA,2023-04,\"13,25\"\nTi vi 55\",2023-02,\"1.234,5\"\nTi vi 55\",2023-03,7\n", true },
        { "bom-crlf", "\uFEFFseries_id,period,value\r\nA,2023-01,10\r\nA,2023-02,11.5\r\nA,2023-03,\r\nA,2023-04,13.25\r\nTi vi 55\",2023-02,1234.5\r\nTi vi 55\",2023-03,7\r\n", false },
        { "reordered", "period,value,series_id\n2023-01,10,A\n2023-02,11.5,A\n2023-03,,A\n2023-04,13.25,A\n2023-02,1234.5,Ti vi 55\"\n2023-03,7,Ti vi 55\"\n", false },
        { "blanks", "series_id , period , value\n\n A , 2023-01 , 10 \nA,2023-02,11.5\n\nA,2023-03,  \nA,2023-04,13.25\n   \nTi vi 55\",2023-02,1234.5\nTi vi 55\",2023-03,7", false },
        { "year-month-quoted-crlf", "series_id,year,month,value\r\n\"A\",2023,1,10\r\n\"A\",2023,2,11.5\r\n\"A\",2023,3,\r\n\"A\",2023,4,13.25\r\n\"Ti vi 55\"\"\",2023,2,1234.5\r\n\"Ti vi 55\"\"\",2023,3,7\r\n", false },
        { "unsorted-signs", "series_id,period,value\nTi vi 55\",2023-03,+7\nA,2023-04,13.25\nA,2023-01,10.00\nTi vi 55\",2023-02,1234.50\nA,2023-03,\nA,2023-02,11.5\n", false },
        { "extra-column", "series_id,period,value,note\nA,2023-01,10,\nA,2023-02,11.5,\"revised, twice\"\nA,2023-03,,missing\nA,2023-04,13.25,\nTi vi 55\",2023-02,1234.5,\nTi vi 55\",2023-03,7,\n", false },
    };

    private static string Write(string text, string name)
    {
        var path = Scratch.Path("long-" + name, ".csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void GrowthAndForecastEntryPoints_SameFile_ReadTheSameSeries(string name, string text, bool vietnamese)
    {
        var path = Write(text, name);
        var culture = vietnamese ? Vi : CultureInfo.InvariantCulture;

        var growth = LongSeriesFormat.Read(path, culture);
        Assert.False(growth.HasErrors, string.Join('\n', growth.Problems));
        var (forecast, problems) = SeriesInput.Read(path, culture);
        Assert.DoesNotContain(problems, p => p.Severity == ProblemSeverity.Error);

        var fromPanel = LongSeriesFormat.ToNamedSeries(growth.Value).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var fromForecast = forecast.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(Expected.Length, fromPanel.Count);
        Assert.Equal(fromPanel.Count, fromForecast.Count);
        foreach (var ((id, start, values), a, b) in Expected.Zip(fromPanel, fromForecast))
        {
            Assert.Equal(id, a.Id);
            Assert.Equal(id, b.Id);
            Assert.Equal(start, a.Series.Start);
            Assert.Equal(start, b.Series.Start);
            Assert.Equal(values, a.Series.Values.ToArray());
            Assert.Equal(values, b.Series.Values.ToArray());
        }

        // growth's own entry point today, for the files it can read (invariant numbers).
        if (!vietnamese)
        {
            var (panel, _) = PanelCsv.Read(path);
            Assert.NotNull(panel);
            Assert.Equal(growth.Value.Values.ToArray(), panel.Values.ToArray());
        }
    }

    [Fact]
    public void Read_GrowthOutputWithQuotedIds_ReadsBackItsIdsAndValues()
    {
        // growth writes ids quoted where needed ("Dệt, may"); the reader takes its output back, growth columns ignored.
        var panel = new Panel(Period.Month(2023, 1), 13, [new SeriesKey("Dệt, may", string.Empty), new SeriesKey("Ti vi 55\"", string.Empty)], [.. Enumerable.Range(0, 26).Select(i => 100.0 + i)]);
        var sw = new StringWriter();
        Analytics.Tables.GrowthCsv.WritePanel(panel, Analytics.Growth.PanelGrowth.Compute(panel), sw);
        var again = LongSeriesFormat.ReadText(sw.ToString(), "growth.csv");
        Assert.False(again.HasErrors, string.Join('\n', again.Problems));
        Assert.Equal(panel.Keys, again.Value.Keys);
        Assert.Equal(panel.Values.ToArray(), again.Value.Values.ToArray());
        Assert.Equal(4, again.Warnings.Count()); // mom_pct, yoy_pct, ytd_value, ytd_yoy_pct: not part of the format
    }

    [Fact]
    public void Read_ViNumbersUnderTheInvariantCulture_AreRefusedWithTheFix()
    {
        var result = LongSeriesFormat.ReadText("series_id,period,value\nA,2023-01,\"11,5\"\n", "vi.csv");
        var p = Assert.Single(result.Errors);
        Assert.Equal(2, p.Location.Row);
        Assert.Equal("value", p.Location.Column);
        Assert.Contains("--culture vi-VN", p.Fix, StringComparison.Ordinal);
        Assert.Equal(0, result.Value.SeriesCount);
    }

    [Fact]
    public void Read_DotGroupedNumbersUnderTheInvariantDefault_AreRefusedUnlessTheFileShowsDecimals()
    {
        // 2.032 and 1.987 as a Vietnamese Excel export writes thousands: read as 2,032 and 1,987 under vi-VN, refused
        // under the invariant default (they read 1000 times too small otherwise), located at the first.
        const string Grouped = "series_id,period,value\nA,2023-01,5\nA,2023-02,2.032\nA,2023-03,1.987\n";
        var refused = LongSeriesFormat.ReadText(Grouped, "grouped.csv");
        var p = Assert.Single(refused.Errors);
        Assert.Equal((3, "value"), (p.Location.Row, p.Location.Column));
        Assert.Contains("--culture vi-VN", p.Fix, StringComparison.Ordinal);
        Assert.Equal([5, 2032, 1987], LongSeriesFormat.ReadText(Grouped, "grouped.csv", Vi).Value.Row(0).ToArray());

        // With a '.'-decimal elsewhere in the file, the '.' is a decimal point.
        var decimals = LongSeriesFormat.ReadText(Grouped + "A,2023-04,12.5\n", "decimals.csv");
        Assert.Empty(decimals.Errors);
        Assert.Equal([5, 2.032, 1.987, 12.5], decimals.Value.Row(0).ToArray());
    }

    [Theory]
    [InlineData("series_id,period,value\nA,2023-13,1\n", 2, "period")]
    [InlineData("series_id,period,value\nA,2023-Q1,1\n", 2, "period")]
    [InlineData("series_id,period,value\nA,2023-01,1\nA,2023-02,abc\n", 3, "value")]
    [InlineData("series_id,period,value\nA,2023-01,1e5\n", 2, "value")]
    [InlineData("series_id,year,month,value\nA,2023,0,1\n", 2, "month")]
    [InlineData("series_id,year,month,value\nA,23,1,1\n", 2, "year")]
    [InlineData("series_id,period,value\n,2023-01,1\n", 2, "series_id")]
    [InlineData("series_id,period,value\nA,2023-01,1,5\n", 2, null)]
    [InlineData("series_id,period,value\nA,2023-01\n", 2, null)]
    public void Read_BadRow_IsLocated(string text, int row, string? column)
    {
        var result = LongSeriesFormat.ReadText(text, "bad.csv");
        var p = Assert.Single(result.Errors);
        Assert.Equal(row, p.Location.Row);
        Assert.Equal(column, p.Location.Column);
        Assert.NotEmpty(p.Fix);
    }

    [Fact]
    public void Read_QuoteInsideAnUnquotedCell_SwallowsNoRows()
    {
        var result = LongSeriesFormat.ReadText("series_id,period,value\nTi vi 55\",2023-01,1\nTu lanh,2023-01,2\nMay giat,2023-01,3\n", "tv.csv");
        Assert.Empty(result.Problems);
        Assert.Equal(["Ti vi 55\"", "Tu lanh", "May giat"], result.Value.Keys.Select(k => k.Indicator));
    }

    [Fact]
    public void Read_LineBreakInsideAQuotedId_IsReadAndWarnedAbout()
    {
        var result = LongSeriesFormat.ReadText("series_id,period,value\n\"Dệt\nmay\",2023-01,1\nB,2023-01,2\n", "nl.csv");
        Assert.False(result.HasErrors);
        var w = Assert.Single(result.Warnings);
        Assert.Equal(2, w.Location.Row);
        Assert.Contains("line 2 to line 3", w.Message, StringComparison.Ordinal);
        Assert.Equal("Dệt\nmay", result.Value.Keys[0].Indicator);
        Assert.Equal(2, result.Value[1, Period.Month(2023, 1)]);
    }

    [Fact]
    public void Read_UnclosedQuote_IsAnErrorOnTheLineItOpens()
    {
        var result = LongSeriesFormat.ReadText("series_id,period,value\nA,2023-01,1\n\"B,2023-02,2\nC,2023-03,3\n", "q.csv");
        var p = Assert.Single(result.Errors);
        Assert.Equal(3, p.Location.Row);
    }

    [Fact]
    public void Read_DuplicateMonth_IsRefused()
    {
        var result = LongSeriesFormat.ReadText("series_id,period,value\nA,2023-01,1\n\"A\",2023-01,2\n", "dup.csv");
        var p = Assert.Single(result.Errors);
        Assert.Equal(3, p.Location.Row);
        Assert.Contains("two rows for 2023-01", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NfcAndNfdSpellings_AreOneSeries()
    {
        var nfc = "Châu Á".Normalize(NormalizationForm.FormC);
        var nfd = "Châu Á".Normalize(NormalizationForm.FormD);
        var result = LongSeriesFormat.ReadText($"series_id,period,value\n{nfc},2023-01,1\n{nfd},2023-02,2\n", "nf.csv");
        Assert.Empty(result.Problems);
        Assert.Equal(nfc, Assert.Single(result.Value.Keys).Indicator);
    }

    [Fact]
    public void Read_NotUtf8_IsRefusedWithTheFix()
    {
        var path = Scratch.Path("long-1258", ".csv");
        var bytes = Encoding.ASCII.GetBytes("series_id,period,value\nCh").Concat(new byte[] { 0xE2, 0x75 }).Concat(Encoding.ASCII.GetBytes("u A,2023-01,1\n")).ToArray();
        File.WriteAllBytes(path, bytes);
        var p = Assert.Single(LongSeriesFormat.Read(path).Errors);
        Assert.Contains("not UTF-8", p.Message, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", p.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YearTypedWrong_IsRefusedInsteadOfAllocatingTheSpan()
    {
        var rows = string.Concat(Enumerable.Range(0, 2000).Select(i => $"S{i},2023-01,1\n"));
        var result = LongSeriesFormat.ReadText("series_id,period,value\n" + rows + "S0,1023-01,1\n", "span.csv");
        var p = Assert.Single(result.Errors);
        Assert.Contains("1023-01", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("# only a comment\n", "empty")]
    [InlineData("series_id,period,value\n", "no rows")]
    [InlineData("series_id,value\nA,1\n", "period (or year and month)")]
    public void Read_NoData_SaysWhy(string text, string expected)
    {
        var p = Assert.Single(LongSeriesFormat.ReadText(text, "none.csv").Errors);
        Assert.Contains(expected, p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_IsAnErrorNotAnException()
    {
        var result = LongSeriesFormat.Read(Scratch.Path("missing", ".csv"));
        Assert.Contains("cannot be read", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsLongSeriesFile_CommentBeforeTheHeader_IsStillTheLongLayout()
    {
        Assert.True(LongSeriesFormat.IsLongSeriesFile(Write("\uFEFF# note\nseries_id,year,month,value\nA,2023,1,1\n", "detect")));
        Assert.False(LongSeriesFormat.IsLongSeriesFile(TestData.Path("thai-binh/2023-09.csv")));
    }

    [Fact]
    public void Read_GsoMonthlyAsLongFile_MatchesTheInterchangeSeries()
    {
        // The bundled GSO series, rewritten in the long layout, come back as the interchange reader gave them.
        var viaInterchange = SeriesInput.Read(TestData.Path("gso/gso_vn_monthly.csv"), CultureInfo.InvariantCulture).Series;
        var panel = Panel.FromSeries([.. viaInterchange.Select(s => (new SeriesKey(s.Id, string.Empty), s.Series))]);
        var sw = new StringWriter();
        LongSeriesFormat.Write(panel, sw, yearMonth: true);
        var again = LongSeriesFormat.ToNamedSeries(LongSeriesFormat.ReadText(sw.ToString(), "gso-long.csv").ThrowIfErrors());
        Assert.Equal(viaInterchange.Count, again.Count);
        foreach (var (a, b) in viaInterchange.Zip(again))
        {
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.Series.Start, b.Series.Start);
            Assert.Equal(a.Series.Values.ToArray(), b.Series.Values.ToArray());
        }
    }

    private static readonly Gen<string> Ids = Gen.Elements(
        "A", "EXPORT", "Dệt, may", "Ti vi 55\"", "\"quoted\"", "#1 hàng", "Châu Á", "a;b", "x  y", "N1402", "Giày dép", "1,5")
        .Select(s => s.Normalize(NormalizationForm.FormC));

    private static readonly Gen<double> Values = Gen.Frequency(
        (1, Gen.Constant(double.NaN)),
        (1, Gen.Constant(0.0)),
        (1, Gen.Elements(1e20, -3.5e-7, 123456789012345678.0, 0.1, 1e-300, double.MaxValue)),
        (6, Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 1000.0)),
        (3, Gen.Choose(1, int.MaxValue).Select(i => i / 7.0)));

    private static readonly Gen<Panel> Panels =
        from ids in Gen.NonEmptyListOf(Ids).Select(l => l.Distinct().ToList())
        from year in Gen.Choose(1990, 2030)
        from month in Gen.Choose(1, 12)
        from months in Gen.Choose(1, 30)
        from values in Gen.ArrayOf(Values, ids.Count * months)
        select new Panel(Period.Month(year, month), months, ids.Select(i => new SeriesKey(i, string.Empty)).ToArray(), values);

    [Property(MaxTest = 150)]
    public Property WriteThenRead_RandomPanel_GivesItBack()
        => Prop.ForAll(Arb.From(Panels), Arb.From(Gen.Elements(false, true)), (panel, yearMonth) =>
        {
            var sw = new StringWriter();
            LongSeriesFormat.Write(panel, sw, yearMonth);
            var result = LongSeriesFormat.ReadText(sw.ToString(), "round.csv");
            if (result.HasErrors && result.Errors.All(e => e.Message.Contains("with '.' for thousands", StringComparison.Ordinal)))
            {
                // Every '.'-number of the file looks like a thousands group (2.032): refused under the invariant
                // default by design; read as what it is when the culture is said.
                result = LongSeriesFormat.ReadText(sw.ToString(), "round.csv", CultureInfo.GetCultureInfo("en-US"));
            }

            return !result.HasErrors
                && result.Value.Start == panel.Start
                && result.Value.MonthCount == panel.MonthCount
                && result.Value.Keys.SequenceEqual(panel.Keys)
                && result.Value.Values.ToArray().Select(BitConverter.DoubleToInt64Bits).SequenceEqual(panel.Values.ToArray().Select(BitConverter.DoubleToInt64Bits));
        });

    [Property(MaxTest = 200)]
    public Property Read_PlainNumbers_AreTheDoublesNumberTextReads()
        => Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(0, 12)), Arb.From(Gen.Elements(CultureInfo.InvariantCulture, Vi)), (digits, scale, culture) =>
        {
            // The reader's fast path for plain numbers must give the very double the interchange reader gives.
            var text = (digits * (scale % 2 == 0 ? 1L : 7919L)).ToString(CultureInfo.InvariantCulture);
            if (scale > 0 && text.Length > 1)
            {
                var at = Math.Max(1, text.Length - scale);
                text = text[..at] + (culture == Vi ? "," : ".") + text[at..];
            }

            var cell = culture == Vi ? "\"" + text + "\"" : text;
            // A second row with a '.'-decimal, so that a cell like 12.345 reads as a decimal under the invariant culture.
            var evidence = culture == Vi ? string.Empty : "A,2023-02,0.5\n";
            var read = LongSeriesFormat.ReadText($"series_id,period,value\nA,2023-01,{cell}\n{evidence}", "n.csv", culture).ThrowIfErrors();
            var expected = NumberText.Parse(text, culture == Vi ? Vi : CultureInfo.GetCultureInfo("en-US"), isRate: false).Value;
            return BitConverter.DoubleToInt64Bits(read.Values[0]) == BitConverter.DoubleToInt64Bits(expected);
        });
}
