using Analytics.Forecasting;

namespace Analytics.Tests.Forecasting;

/// <summary>
/// ETS against R's forecast package 8.20 (Debian's r-cran-forecast) on the same data: the selected form, the fitted
/// parameters, the log-likelihood and the forecasts. Precision: log-likelihood ±0.01, parameters ±0.001, forecasts ±0.1%.
/// </summary>
public class EtsGoldenTests
{
    // R: y <- ts(train$value[train$series_id == id], start = c(start_year, start_month), frequency = 12)
    //    f <- ets(y); f$method; f$loglik; f$par; forecast(f, h = 6)$mean
    [Theory]
    [InlineData("N1402", "ETS(M,N,N)", -476.0883, 1e-4, 3610.1, 3610.1, 3610.1)]
    [InlineData("N1500", "ETS(M,N,N)", -412.5698, 0.15013, 3023.73, 3023.73, 3023.73)]
    [InlineData("N2000", "ETS(A,N,N)", -1122.718, 0.9999, 5054.93, 5054.93, 5054.93)]
    [InlineData("N2500", "ETS(M,Ad,M)", -851.7395, 0.8409, 7180.49, 7403.04, 7774.5)]
    [InlineData("N2801", "ETS(M,A,N)", -354.1658, 0.93612, 5158.67, 5057.54, 4956.41)]
    public void Ets_AutoSelection_AgreesWithR(string id, string form, double loglik, double alpha, double f1, double f2, double f3)
    {
        var fit = new Ets().FitEts(M3Data.Series(id));
        Assert.Equal(form, fit.Description);
        Assert.Equal(loglik, fit.LogLikelihood, 0.01);
        Assert.Equal(alpha, fit.Alpha, 0.001);
        var mean = fit.Predict(3, [95]).Mean;
        Assert.Equal(f1, mean[0], f1 * 0.001);
        Assert.Equal(f2, mean[1], f2 * 0.001);
        Assert.Equal(f3, mean[2], f3 * 0.001);
    }

    // R: f <- ets(y, model = "MAM", damped = FALSE); f$loglik; f$par[1:3]; forecast(f, h = 3)$mean
    [Theory]
    [InlineData("N1402", -462.7325, 0.1649, 0.0078, 2226.61, 2947.63, 2822.16)]
    [InlineData("N1500", -403.9829, 0.1129, 0.0003, 2443.42, 3148.7, 2839.26)]
    [InlineData("N2500", -865.7862, 0.4005, 0.0001, 7130.96, 7414.98, 7927.24)]
    public void Ets_FixedForm_AgreesWithR(string id, double loglik, double alpha, double beta, double f1, double f2, double f3)
    {
        var fit = new Ets(EtsSpec.Parse("MAM")).FitEts(M3Data.Series(id));
        Assert.Equal(loglik, fit.LogLikelihood, 0.01);
        Assert.Equal(alpha, fit.Alpha, 0.001);
        Assert.Equal(beta, fit.Beta, 0.001);
        var mean = fit.Predict(3, [95]).Mean;
        Assert.Equal(f1, mean[0], f1 * 0.002);
        Assert.Equal(f2, mean[1], f2 * 0.002);
        Assert.Equal(f3, mean[2], f3 * 0.002);
    }

    [Fact]
    public void Ets_GsoExports_AgreesWithR()
    {
        // R: y <- ts(exports 2015-01..2023-12, frequency = 12)
        //    ets(y, model = "MAM", damped = FALSE): loglik -1048.618, alpha 0.1580, forecasts 30483.41 25175.43 33362.56
        //    ets(y): ETS(M,Ad,M), loglik -1045.975, forecasts 30007.05 24667.23 33312.90
        var y = M3Data.GsoExports();
        var mam = new Ets(EtsSpec.Parse("MAM")).FitEts(y);
        Assert.Equal(-1048.618, mam.LogLikelihood, 0.05);
        Assert.Equal(0.1580, mam.Alpha, 0.002);
        Assert.Equal(30483.41, mam.Predict(1, [95]).Mean[0], 30483.41 * 0.002);
        var auto = new Ets().FitEts(y);
        Assert.Equal("ETS(M,Ad,M)", auto.Description);
        Assert.Equal(-1045.975, auto.LogLikelihood, 0.05);
        Assert.Equal(new[] { 30007.05, 24667.23, 33312.90 }, auto.Predict(3, [95]).Mean.ToArray(), new ToleranceComparer(0.002));
    }

    [Fact]
    public void EtsSpec_Parse_ReadsRsNotation()
    {
        Assert.Equal("ETS(M,Ad,M)", EtsSpec.Parse("MAdM").ToString());
        Assert.Equal("ETS(A,N,N)", EtsSpec.Parse("ETS(A,N,N)").ToString());
        Assert.Throws<FormatException>(() => EtsSpec.Parse("MMM"));
    }

    private sealed class ToleranceComparer(double relative) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= relative * Math.Abs(x);

        public int GetHashCode(double obj) => 0;
    }
}
