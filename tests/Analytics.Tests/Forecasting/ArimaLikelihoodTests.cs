using Analytics.Forecasting;

namespace Analytics.Tests.Forecasting;

public class ArimaLikelihoodTests
{
    private static readonly double[] Z = [0.3, -1.2, 0.8, 1.5, -0.4, 0.1, 0.9, -0.7, -1.1, 0.5];

    [Fact]
    public void KalmanLikelihood_Ar1_MatchesTheClosedForm()
    {
        // AR(1): the first value has variance 1/(1 − φ²), each later one the innovation variance 1.
        const double phi = 0.5;
        var (ssq, sumlog) = ArimaEstimation.KalmanLikelihood(Z, [phi], []);
        var expected = (Z[0] * Z[0] * (1 - (phi * phi))) + Z.Skip(1).Select((v, i) => Math.Pow(v - (phi * Z[i]), 2)).Sum();
        Assert.Equal(expected, ssq, 9);
        Assert.Equal(Math.Log(1 / (1 - (phi * phi))), sumlog, 9);
    }

    [Fact]
    public void KalmanLikelihood_Ma1_MatchesTheInnovationsAlgorithm()
    {
        // MA(1) with θ: γ0 = 1 + θ², γ1 = θ. Innovations: v1 = γ0, v_t = γ0 − θ²/v_{t−1}; e_t = z_t − (θ/v_{t−1}) e_{t−1}.
        const double theta = 0.6;
        var (ssq, sumlog) = ArimaEstimation.KalmanLikelihood(Z, [], [theta]);
        double v = 1 + (theta * theta), e = Z[0], s = e * e / v, l = Math.Log(v);
        for (var t = 1; t < Z.Length; t++)
        {
            var vPrev = v;
            v = 1 + (theta * theta) - (theta * theta / vPrev);
            e = Z[t] - (theta / vPrev * e);
            s += e * e / v;
            l += Math.Log(v);
        }

        Assert.Equal(s, ssq, 9);
        Assert.Equal(l, sumlog, 9);
    }
}
