using System.Globalization;
using Analytics.Periods;

namespace Analytics.Tests.Periods;

public class PeriodTests
{
    [Theory]
    [InlineData("2023-09", PeriodKind.Month, 2023, 9, 9)]
    [InlineData("2023-Q3", PeriodKind.Quarter, 2023, 7, 9)]
    [InlineData("2023-q4", PeriodKind.Quarter, 2023, 10, 12)]
    [InlineData("2023", PeriodKind.Year, 2023, 1, 12)]
    [InlineData("2023-01..2023-09", PeriodKind.YearToDate, 2023, 1, 9)]
    [InlineData(" 2023-01 ", PeriodKind.Month, 2023, 1, 1)]
    public void Parse_CanonicalForms_GiveKindAndMonths(string text, PeriodKind kind, int year, int first, int last)
    {
        var p = Period.Parse(text);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(year, p.Year);
        Assert.Equal(first, p.FirstMonth);
        Assert.Equal(last, p.LastMonth);
    }

    // Each input with what the message must say is wrong and the fix it must offer: a cumulative period that does not
    // start in January gets the corrected period of its own year (2021-01..2021-06), not the generic sample.
    [Theory]
    [InlineData("2023-13", "'2023-13' is not a period", "write a month as 2023-09")]
    [InlineData("2023-9", "'2023-9' is not a period", "write a month as 2023-09")]
    [InlineData("09/2023", "'09/2023' is not a period", "write a month as 2023-09")]
    [InlineData("2023-Q5", "'2023-Q5' is not a period", "a quarter as 2023-Q3")]
    [InlineData("2023-02..2023-09", "'2023-02..2023-09' is not a cumulative period of the reports: it must start in January and end in the same year", "e.g. 2023-01..2023-09")]
    [InlineData("2021-02..2021-06", "'2021-02..2021-06' is not a cumulative period of the reports: it must start in January", "e.g. 2021-01..2021-06")]
    [InlineData("2022-01..2023-09", "'2022-01..2023-09' is not a cumulative period of the reports: it must start in January and end in the same year", "e.g. 2023-01..2023-09")]
    [InlineData("2023-01..2023-9", "'2023-01..2023-9' is not a cumulative period;", "the first months of a year as 2023-01..2023-09")]
    [InlineData("", "the period is empty", "write a month as 2023-09")]
    [InlineData("tháng 9", "'tháng 9' is not a period", "a year as 2023")]
    public void TryParse_Malformed_FailsWithAFix(string text, string diagnosis, string fix)
    {
        Assert.False(Period.TryParse(text, out _, out var error));
        Assert.Contains(diagnosis, error, StringComparison.Ordinal);
        Assert.Contains(fix, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheForms()
    {
        var e = Assert.Throws<FormatException>(() => Period.Parse("2023-02..2023-09"));
        Assert.Contains("must start in January", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_MonthOutOfRange_ThrowsWithParamName()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(2023, 13));
        Assert.Equal("month", e.ParamName);
    }

    [Theory]
    [InlineData("2023-09", "2023-09")]
    [InlineData("2023-Q3", "2023-Q3")]
    [InlineData("2023", "2023")]
    [InlineData("2023-01..2023-09", "2023-01..2023-09")]
    public void ToString_RoundTripsCanonicalForm(string text, string expected)
        => Assert.Equal(expected, Period.Parse(text).ToString());

    [Theory]
    [InlineData("2023-09", "vi-VN", "tháng 9/2023")]
    [InlineData("2023-Q3", "vi-VN", "quý III/2023")]
    [InlineData("2023-01..2023-09", "vi-VN", "9 tháng đầu năm 2023")]
    [InlineData("2023-09", "en-US", "September 2023")]
    [InlineData("2023-01..2023-09", "en-US", "January–September 2023")]
    public void ToString_LongFormat_SpeaksTheReportsLanguage(string text, string culture, string expected)
        => Assert.Equal(expected, Period.Parse(text).ToString("L", CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void PlusMonths_AcrossYearEnd_IsCalendarArithmetic()
    {
        Assert.Equal(Period.Month(2024, 1), Period.Month(2023, 12).PlusMonths(1));
        Assert.Equal(Period.Month(2022, 9), Period.Month(2023, 9).PlusMonths(-12));
    }

    [Fact]
    public void SamePeriodLastYear_OfYearToDate_KeepsTheMonths()
        => Assert.Equal(Period.YearToDate(2022, 9), Period.YearToDate(2023, 9).SamePeriodLastYear());

    [Fact]
    public void Months_OfQuarter_AreItsThreeMonths()
        => Assert.Equal([Period.Month(2023, 7), Period.Month(2023, 8), Period.Month(2023, 9)], Period.Quarter(2023, 3).Months());

    [Fact]
    public void PlusMonths_OnQuarter_ThrowsAndSaysWhatToUse()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Period.Quarter(2023, 3).PlusMonths(1));
        Assert.Contains("PlusYears", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_OrdersByCalendar()
    {
        var sorted = new[] { Period.Month(2023, 2), Period.Month(2022, 12), Period.Month(2023, 1) }.Order().ToArray();
        Assert.Equal([Period.Month(2022, 12), Period.Month(2023, 1), Period.Month(2023, 2)], sorted);
    }
}
