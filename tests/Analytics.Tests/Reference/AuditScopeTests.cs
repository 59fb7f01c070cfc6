using Analytics.Audit;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;
using Analytics.Tables;

namespace Analytics.Tests.Reference;

/// <summary>
/// The audit in its place (issue 18, item 8): a report audits its own periods, and the rounding allowed scales with
/// the decimals the figures compared are written with, on data/gso/gso_vn_monthly.csv and the seed.
/// </summary>
public sealed class AuditScopeTests
{
    private static readonly Lazy<ObservationStore> Gso = new(() => new(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).Observations));
    private static readonly Period September = Period.Parse("2024-09");

    [Fact]
    public void Report_AuditsItsMonthAndCumulativePeriodOnly_AndAuditAllKeepsEveryPeriod()
    {
        var style = NarrativeStyle.Vietnamese;
        var report = ReportBuilder.Build(Gso.Value, September, style);
        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.Contains(f.Period, new[] { September, September.ToYearToDate() }));
        Assert.Contains(report.Findings, f => f.Period == September.ToYearToDate());

        var all = ReportBuilder.Build(Gso.Value, September, style, auditAll: true).Findings;
        Assert.Equal(ConsistencyAudit.Run(Gso.Value).Count, all.Count);
        Assert.True(all.Count > 50 * report.Findings.Count, $"{all.Count} findings in all, {report.Findings.Count} in the report");
    }

    [Fact]
    public void Retail_NineMonths2024_SevenMillionDongOnFourPointSevenMillionBillion_IsWithinRounding()
    {
        // The data set's parts are computed (542.962,4356 tỷ đồng): their fourth decimal is not a rounding the GSO made.
        var f = Assert.Single(
            ConsistencyAudit.RunFor(Gso.Value, [September.ToYearToDate()]),
            f => f.Check == AuditCheck.PartsVsTotal && f.Indicator == "RETAIL" && f.Whole.Length == 0);
        Assert.InRange(f.Actual - f.Expected, 0.006, 0.008);
        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.True(f.ExplainedByRounding);
        Assert.InRange(f.Tolerance, 0.008, 1e-5 * f.Expected);
    }

    [Fact]
    public void Exports_FirstHalf2017_SixHundredThousandUsd_StillAnError()
    {
        // Parts 70.815,0 (one decimal: ±0,05) and 26.959,6649, total 97.775,3146 triệu USD (computed: ±a millionth each).
        var f = Assert.Single(
            ConsistencyAudit.RunFor(Gso.Value, [Period.Parse("2017-01..2017-06")]),
            f => f.Check == AuditCheck.PartsVsTotal && f.Indicator == "EXPORT" && f.Whole.Length == 0);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal(0.05 + (1e-6 * 26959.6649) + (1e-6 * 97775.3146), f.Tolerance, 9);
        Assert.InRange(f.Expected - f.Actual, 0.55, 0.65);
    }

    [Fact]
    public void Seed_ReportAudit_IsTheFullAudit_AllInfo()
    {
        var seed = TestData.Seed();
        var full = ConsistencyAudit.Run(seed);
        var report = ReportBuilder.Build(seed).Findings;
        Assert.Equal(15, full.Count);
        Assert.Equal(full.Count, report.Count);
        Assert.All(report, f => Assert.Equal(FindingSeverity.Info, f.Severity));
    }
}
