using System.Globalization;
using Analytics.Forecasting;

namespace Analytics.Cli;

/// <summary><c>analytics forecast</c>: forecasts every series of a file with intervals.</summary>
public static class ForecastCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="options">The options.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>0 when every series is forecast, 1 when some could not be (each is named on standard error), 2 for unusable input.</returns>
    public static int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        var horizon = options.Horizon;
        var levels = options.Levels;
        var method = options.Method;
        var series = SeriesWork.Read(options, stderr);
        var (forecasts, failures) = SeriesWork.Run(series, s => method.Fit(s.Series).Predict(horizon, levels), stderr);
        var inv = CultureInfo.InvariantCulture;
        using (var w = options.OpenOutput(stdout))
        {
            w.Write("series_id,period,method,mean");
            foreach (var l in levels)
            {
                w.Write(string.Create(inv, $",lo{l},hi{l}"));
            }

            w.Write('\n');
            for (var i = 0; i < series.Count; i++)
            {
                if (forecasts[i] is not { } f)
                {
                    continue;
                }

                for (var h = 1; h <= f.Horizon; h++)
                {
                    w.Write(Io.InterchangeFormat.Quote(series[i].Id));
                    w.Write(string.Create(inv, $",{f.MonthOf(h)},{Io.InterchangeFormat.Quote(f.Method)},{N(f.Mean[h - 1])}"));
                    foreach (var l in levels)
                    {
                        w.Write(string.Create(inv, $",{N(f.Lower(l)[h - 1])},{N(f.Upper(l)[h - 1])}"));
                    }

                    w.Write('\n');
                }
            }
        }

        return failures == 0 ? CliApp.Ok : CliApp.Findings;
    }

    internal static string N(double v) => double.IsNaN(v) ? string.Empty : Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
