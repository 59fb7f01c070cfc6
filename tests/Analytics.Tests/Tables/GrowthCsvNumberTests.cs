using System.Text;
using Analytics.Tables;

namespace Analytics.Tests.Tables;

public class GrowthCsvNumberTests
{
    // The columnar writer's number text must be the row writer's, cell for cell: every magnitude, sign and rounding edge.
    [Fact]
    public void Num_AnyDouble_SameTextAsTheCustomFormat()
    {
        var rng = new Random(16);
        Span<char> buffer = stackalloc char[64];
        var sb = new StringBuilder();
        double[] edges = [0, -0.0, 1e-7, -1e-7, 5e-7, 4.9999999e-7, 0.0000005, 1e-6, 123.4565, 2.5e-6, 1e15, 1e16, 123456789012345.6, 9999999.9999995, -24.828033, 1e300, -1e-300, double.Epsilon, double.MaxValue];
        var values = edges.Concat(Enumerable.Range(0, 200_000).Select(_ => (rng.NextDouble() - 0.3) * Math.Pow(10, rng.Next(-9, 18)))).ToList();
        foreach (var v in values)
        {
            sb.Clear();
            GrowthCsv.Num(sb, v, buffer);
            Assert.Equal(GrowthCsv.Num(v), sb.ToString());
        }
    }
}
