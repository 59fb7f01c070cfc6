using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analytics.Forecasting;
using Analytics.Periods;

namespace Analytics.Benchmarks;

/// <summary>
/// Accuracy on the 1428 M3 monthly series, horizon 18: sMAPE (the M3 definition, 200·|y − f| / (|y| + |f|)) and MASE
/// (scaled by the in-sample seasonal naive error, m = 12) over horizons 1–18 and 1–3, the coverage of the 80% and 95%
/// intervals, and the time per method; beside the forecasts originally submitted to the competition and, when given,
/// R's forecasts of the same series (benchmarks/compare/m3_r.R).
/// </summary>
internal static class M3Harness
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal static int Run(string[] args)
    {
        string? rFile = null, outFile = null, dumpFile = null;
        var holdout = 0;
        var methods = new[] { "snaive", "naive2", "theta", "ets", "arima", "ensemble", "ensemble-equal" };
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--r": rFile = args[++i]; break;
                case "--out": outFile = args[++i]; break;
                case "--methods": methods = args[++i].Split(','); break;
                case "--dump": dumpFile = args[++i]; break;
                case "--holdout": holdout = int.Parse(args[++i], Inv); break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}; use --r FILE, --out FILE, --methods a,b, --dump FILE, --holdout MONTHS"); return 2;
            }
        }

        var data = M3Data.Load(M3Data.DefaultFolder());
        if (holdout is > 0 and < 18)
        {
            Console.Error.WriteLine($"--holdout {holdout}: the 18 months forecast must lie inside the training data; use 18 (the last 18 months) or more.");
            return 2;
        }

        if (holdout > 0)
        {
            // Validation: months of each training series before the competition's test stand in for it.
            data = data.Holdout(holdout);
        }

        var ids = data.Train.Keys.Order(StringComparer.Ordinal).ToList();
        var rows = new List<string>();
        var ours = new Dictionary<string, Dictionary<string, Forecast>>();
        foreach (var method in methods)
        {
            var forecasts = new Forecast[ids.Count];
            var sw = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            Parallel.For(0, ids.Count, i => forecasts[i] = Method(method).Fit(data.Train[ids[i]]).Predict(18, [80, 95]));
            var wall = sw.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            ours[method] = ids.Select((id, i) => (id, forecasts[i])).ToDictionary(x => x.id, x => x.Item2);
            rows.Add(Row($"{(holdout > 0 ? "Validation: " : string.Empty)}Analytics {method}", ids, id => ours[method][id].Mean.ToArray(), id => ours[method][id], data, $"{wall:F1} s wall, {cpuSeconds:F1} s CPU"));
            Console.WriteLine(rows[^1]);
        }

        if (dumpFile is not null)
        {
            // Every forecast of every method (mean and 80/95% bounds), for analyses outside the harness.
            using var w = new StreamWriter(dumpFile);
            w.WriteLine("series_id,method,h,mean,lo80,hi80,lo95,hi95");
            foreach (var (method, byId) in ours)
            {
                foreach (var id in ids)
                {
                    var f = byId[id];
                    for (var h = 0; h < f.Horizon; h++)
                    {
                        w.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{id},{method},{h + 1},{f.Mean[h]:R},{f.Lower(80)[h]:R},{f.Upper(80)[h]:R},{f.Lower(95)[h]:R},{f.Upper(95)[h]:R}"));
                    }
                }
            }
        }

        foreach (var (name, forecasts) in data.Submitted.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            rows.Add(Row($"M3 submission {name}", ids.Where(forecasts.ContainsKey).ToList(), id => forecasts[id], null, data, string.Empty));
        }

        if (rFile is not null)
        {
            foreach (var (method, (forecasts, seconds)) in ReadR(rFile))
            {
                var subset = ids.Where(forecasts.ContainsKey).ToList();
                rows.Add(Row($"R forecast {method}", subset, id => forecasts[id].Mean.ToArray(), id => forecasts[id], data, $"{seconds:F1} s CPU, one core"));
                var counterpart = method switch { "ets" => "ets", "auto.arima" => "arima", "thetaf" => "theta", "snaive" => "snaive", _ => null };
                if (counterpart is not null && ours.TryGetValue(counterpart, out var mine) && subset.Count < ids.Count)
                {
                    rows.Add(Row($"Analytics {counterpart} (same {subset.Count} series)", subset, id => mine[id].Mean.ToArray(), id => mine[id], data, string.Empty));
                }
            }

            var r = ReadR(rFile);
            if (r.TryGetValue("ets", out var rEts) && r.TryGetValue("auto.arima", out var rArima) && r.TryGetValue("thetaf", out var rTheta))
            {
                var subset = ids.Where(id => rEts.Forecasts.ContainsKey(id) && rArima.Forecasts.ContainsKey(id) && rTheta.Forecasts.ContainsKey(id)).ToList();
                rows.Add(Row("R mean of ets, auto.arima, thetaf", subset, id => Enumerable.Range(0, 18).Select(h => (rEts.Forecasts[id].Mean[h] + rArima.Forecasts[id].Mean[h] + rTheta.Forecasts[id].Mean[h]) / 3).ToArray(), null, data, string.Empty));
                if (ours.TryGetValue("ensemble", out var ens) && subset.Count < ids.Count)
                {
                    rows.Add(Row($"Analytics ensemble (same {subset.Count} series)", subset, id => ens[id].Mean.ToArray(), id => ens[id], data, string.Empty));
                }
            }
        }

        var table = new StringBuilder();
        table.AppendLine("| method | series | sMAPE h1–18 | sMAPE h1–3 | MASE h1–18 | MASE h1–3 | 80% coverage | 95% coverage | time |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            table.AppendLine(row);
        }

        Console.WriteLine();
        Console.WriteLine(table);
        if (outFile is not null)
        {
            File.WriteAllText(outFile, table.ToString());
        }

        return 0;
    }

    // "ensemble-equal", the ensemble with equal weights, is compared here only; the library's names are Forecasters.Names.
    private static IForecaster Method(string name) => name == "ensemble-equal" ? new Ensemble(EnsembleWeighting.Equal) : Forecasters.ByName(name);

    private static string Row(string name, List<string> ids, Func<string, double[]> mean, Func<string, Forecast>? intervals, M3Data data, string time)
    {
        double s18 = 0, s3 = 0, m18 = 0, m3 = 0;
        int in80 = 0, in95 = 0, points = 0;
        foreach (var id in ids)
        {
            var y = data.Train[id].Values;
            var actual = data.Test[id];
            var f = mean(id);
            var scale = 0.0;
            for (var t = 12; t < y.Length; t++)
            {
                scale += Math.Abs(y[t] - y[t - 12]);
            }

            scale /= y.Length - 12;
            for (var h = 0; h < 18; h++)
            {
                var smape = 200 * Math.Abs(actual[h] - f[h]) / (Math.Abs(actual[h]) + Math.Abs(f[h]));
                var mase = Math.Abs(actual[h] - f[h]) / scale;
                s18 += smape / 18;
                m18 += mase / 18;
                if (h < 3)
                {
                    s3 += smape / 3;
                    m3 += mase / 3;
                }

                if (intervals is not null)
                {
                    var fc = intervals(id);
                    in80 += actual[h] >= fc.Lower(80)[h] && actual[h] <= fc.Upper(80)[h] ? 1 : 0;
                    in95 += actual[h] >= fc.Lower(95)[h] && actual[h] <= fc.Upper(95)[h] ? 1 : 0;
                    points++;
                }
            }
        }

        var n = ids.Count;
        var cover = points == 0 ? "| | " : string.Create(Inv, $"| {100.0 * in80 / points:F1}% | {100.0 * in95 / points:F1}% ");
        return string.Create(Inv, $"| {name} | {n} | {s18 / n:F2} | {s3 / n:F2} | {m18 / n:F3} | {m3 / n:F3} {cover}| {time} |");
    }

    private static Dictionary<string, (Dictionary<string, Forecast> Forecasts, double Seconds)> ReadR(string path)
    {
        var result = new Dictionary<string, (Dictionary<string, Forecast>, double)>();
        foreach (var g in File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).GroupBy(f => f[1]))
        {
            var forecasts = new Dictionary<string, Forecast>();
            var seconds = 0.0;
            foreach (var s in g.GroupBy(f => f[0]))
            {
                var rows = s.OrderBy(f => int.Parse(f[2], Inv)).ToList();
                double[] Col(int i) => [.. rows.Select(f => double.Parse(f[i], Inv))];
                forecasts[s.Key] = new Forecast(g.Key, Period.Month(2000, 1), Col(3), new Dictionary<int, (double[], double[])> { [80] = (Col(4), Col(5)), [95] = (Col(6), Col(7)) });
                seconds += rows.Sum(f => double.Parse(f[8], Inv));
            }

            result[g.Key] = (forecasts, seconds);
        }

        return result;
    }
}
