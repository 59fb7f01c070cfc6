using System.CommandLine;
using System.Globalization;
using Analytics.Forecasting;

namespace Analytics.Cli;

/// <summary><c>analytics forecast</c>: forecasts every series of a file with intervals.</summary>
internal sealed class ForecastCommand : AnalyticsCommand
{
    private readonly Option<string> input = CommonOptions.Input("The series to forecast: an interchange file, or a long file series_id,period,value.");
    private readonly Option<CultureChoice> culture = CommonOptions.Culture();
    private readonly Option<Io.TextEncoding> encoding = CommonOptions.Encoding();
    private readonly Option<string> output = CommonOptions.Output("the forecasts");
    private readonly Option<int> horizon = CommonOptions.Whole("--horizon", "H", "How many months to forecast, 1 to 120.", 1, 120, "months");
    private readonly Option<string> method = CommonOptions.Method();
    private readonly Option<IReadOnlyList<int>> levels = Levels();

    /// <summary>Initializes a new instance of the <see cref="ForecastCommand"/> class.</summary>
    internal ForecastCommand()
        : base(
            "forecast",
            "Forecasts every series of the file, with intervals.",
            "Writes series_id,period,method,mean,lo80,hi80,lo95,hi95. Exit code 1 when some series could not be forecast (each is "
            + "named on standard error; the others are written).",
            "analytics forecast --input data/gso/gso_vn_monthly.csv --horizon 3 --method ensemble+tet")
    {
        Options.Add(input);
        Options.Add(culture);
        Options.Add(encoding);
        Options.Add(WarningsFile);
        Options.Add(output);
        Options.Add(horizon);
        Options.Add(method);
        Options.Add(levels);
        CommonOptions.Require(this, input, "--input data/gso/gso_vn_monthly.csv");
        CommonOptions.Require(this, horizon, "--horizon 3 for the rest of a quarter");
    }

    /// <summary>Formats a forecast figure: four decimals at most, empty when not a number.</summary>
    /// <param name="v">The figure.</param>
    /// <returns>The text.</returns>
    internal static string N(double v) => double.IsNaN(v) ? string.Empty : Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    protected override int Run(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        var h = result.GetValue(horizon);
        var ls = result.GetRequiredValue(levels);
        var forecaster = Forecasters.ByName(result.GetRequiredValue(method));
        var series = SeriesWork.Read(result.GetRequiredValue(input), result.GetRequiredValue(culture), result.GetValue(encoding), stderr);
        var (forecasts, failures) = SeriesWork.Run(series, s => Finite(forecaster.Fit(s.Series).Predict(h, ls)), stderr);
        var inv = CultureInfo.InvariantCulture;
        using (var w = InputFile.OpenOutput(result.GetValue(output), stdout, table: true))
        {
            w.Write("series_id,period,method,mean");
            foreach (var l in ls)
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

                for (var step = 1; step <= f.Horizon; step++)
                {
                    w.Write(Io.InterchangeFormat.Quote(series[i].Id));
                    w.Write(string.Create(inv, $",{f.MonthOf(step)},{Io.InterchangeFormat.Quote(f.Method)},{N(f.Mean[step - 1])}"));
                    foreach (var l in ls)
                    {
                        w.Write(string.Create(inv, $",{N(f.Lower(l)[step - 1])},{N(f.Upper(l)[step - 1])}"));
                    }

                    w.Write('\n');
                }
            }
        }

        return failures == 0 ? CliApp.Ok : CliApp.Findings;
    }

    private static Option<IReadOnlyList<int>> Levels() => new("--level")
    {
        HelpName = "L,L",
        Arity = ArgumentArity.ExactlyOne,
        Description = "The interval levels in percent, separated by commas.",
        DefaultValueFactory = _ => [80, 95],
        CustomParser = r =>
        {
            var text = r.Tokens.Count == 0 ? string.Empty : r.Tokens[^1].Value;
            var levels = new List<int>();
            foreach (var p in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var l) || l <= 0 || l >= 100)
                {
                    r.AddError($"--level '{text}': give whole percentages between 1 and 99 separated by commas, e.g. --level 80,95.");
                    return [];
                }

                if (levels.Contains(l))
                {
                    // Two intervals of one level would be two identical columns, the second overwriting the first.
                    r.AddError($"--level '{text}': {l} is given twice; give each level once, e.g. --level 80,95.");
                    return [];
                }

                levels.Add(l);
            }

            if (levels.Count == 0)
            {
                r.AddError("--level needs at least one percentage, e.g. --level 80,95.");
            }

            return levels;
        },
    };

    // A forecast or an interval that is not a finite number (a model exploding on a short or erratic series) is that
    // series' failure with its reason, never "∞" or "NaN" in the output.
    private static Analytics.Forecasting.Forecast Finite(Analytics.Forecasting.Forecast f)
    {
        for (var i = 0; i < f.Horizon; i++)
        {
            var bad = !double.IsFinite(f.Mean[i]) ? "the forecast"
                : f.Levels.FirstOrDefault(l => !double.IsFinite(f.Lower(l)[i]) || !double.IsFinite(f.Upper(l)[i])) is var level and > 0 ? string.Create(CultureInfo.InvariantCulture, $"the {level}% interval")
                : null;
            if (bad is not null)
            {
                throw new Analytics.Forecasting.ForecastException(string.Create(CultureInfo.InvariantCulture, $"{bad} for {f.MonthOf(i + 1)} is not a finite number ({f.Method}): the model cannot describe this series; try another --method, or write very large values in a larger unit."));
            }
        }

        return f;
    }
}
