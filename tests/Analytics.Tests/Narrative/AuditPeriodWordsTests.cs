using Analytics.Audit;
using Analytics.Io;
using Analytics.Narrative;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Tests.Narrative;

/// <summary>
/// The audit names periods as the sentences do (issue 18, item 8): the first quarter's cumulative of the GSO's March
/// 2024 release is "quý I/2024" in the audit as in the text, not "3 tháng đầu năm 2024".
/// </summary>
public sealed class AuditPeriodWordsTests
{
    private static readonly NarrativeStyle Gso = NarrativeStyle.Load(TestData.Path("gso/style.json"));

    [Fact]
    public void Gso2024_03_FirstQuarterFindings_UseTheNarratorsPeriodWords()
    {
        var store = new ObservationStore(InterchangeFormat.Read(TestData.Path("gso/gso_vn_monthly.csv")).ThrowIfErrors());
        var quarter = Period.YearToDate(2024, 3);
        var findings = ConsistencyAudit.Run(store).Where(f => f.Period == quarter).ToList();
        Assert.NotEmpty(findings);
        var words = new Narrator(Gso).DescribePeriod(quarter);
        Assert.Equal("quý I/2024", words);
        var audit = new AuditNarrator(Gso);
        Assert.All(findings, f =>
        {
            var sentence = audit.Describe(f);
            Assert.Contains(words, sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("3 tháng đầu năm", sentence, StringComparison.Ordinal);
        });
    }
}
