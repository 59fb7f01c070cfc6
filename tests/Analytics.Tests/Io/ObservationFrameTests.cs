using Analytics.Interop;
using Analytics.Io;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Analytics.Periods;
using Analytics.Indicators;
using Analytics.Observations;

namespace Analytics.Tests.Io;

public class ObservationFrameTests
{
    [Fact]
    public void RoundTrip_SeedFile_LosesNothing()
    {
        var original = InterchangeFormat.Read(TestData.Path("thai-binh/2023-09.csv")).ThrowIfErrors();
        var frame = ObservationFrame.ToDataFrame(original);
        Assert.Null(frame.Columns["value"][0]); // the IIP has no value: null, not NaN or 0
        var again = ObservationFrame.FromDataFrame(frame);
        Assert.Equal(original.Select(o => o with { Source = null }), again);
    }

    internal static readonly Gen<Observation> Observations =
        from month in Gen.Choose(0, 400)
        from hasValue in Gen.Elements(true, false)
        from value in Gen.Choose(0, 1_000_000)
        from decimals in Gen.Choose(0, 3)
        from yoy in Gen.Choose(-999, 9999)
        from bound in Gen.Elements(RateBound.Exact, RateBound.GreaterThan, RateBound.LessThan)
        from status in Gen.Elements(ObservationStatus.Unspecified, ObservationStatus.Estimate, ObservationStatus.Official)
        select new Observation
        {
            Indicator = "EXPORT",
            Breakdown = month % 3 == 0 ? string.Empty : "Châu Á",
            Dimension = month % 3 == 0 ? string.Empty : "market",
            Period = Period.Month(2000, 1).PlusMonths(month),
            Value = hasValue ? value / Math.Pow(10, decimals) : double.NaN,
            ValueDecimals = hasValue ? decimals : -1,
            Unit = hasValue ? Unit.MillionUsd : null,
            YearOnYear = new StatedRate(yoy / 10.0, 1, bound),
            Status = status,
            Release = Period.Month(2000, 1).PlusMonths(month + 1),
        };

    [Property(MaxTest = 200)]
    public Property RoundTrip_RandomObservations_LosesNothing()
        => Prop.ForAll(Arb.From(Gen.ListOf(Observations)), list =>
            ObservationFrame.FromDataFrame(ObservationFrame.ToDataFrame(list)).SequenceEqual(list));

    [Fact]
    public void FromDataFrame_MissingColumn_NamesIt()
    {
        var frame = ObservationFrame.ToDataFrame([]);
        frame.Columns.Remove("period");
        Assert.Contains("'period'", Assert.Throws<ArgumentException>(() => ObservationFrame.FromDataFrame(frame)).Message, StringComparison.Ordinal);
    }
}
