using System.Globalization;
using Analytics.Io;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks;

/// <summary>
/// Loading the 2.4-million-row long panel CSV (53 MB) into a series × month array: the library's reader against the
/// plain way (a line at a time, split, parse, lists, then place), in the same run. pandas' read_csv on the same file
/// is timed by compare/csv_pandas.py.
/// </summary>
[MemoryDiagnoser]
public class CsvLoadBenchmarks
{
    private string path = null!;

    [GlobalSetup]
    public void Setup() => path = BenchData.PanelCsv();

    [Benchmark(Baseline = true, Description = "plain: ReadLine, Split, double.Parse, lists")]
    public int Plain()
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var series = new List<int>();
        var months = new List<int>();
        var values = new List<double>();
        using var reader = new StreamReader(path);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (!ids.TryGetValue(cells[0], out var s))
            {
                ids[cells[0]] = s = ids.Count;
            }

            series.Add(s);
            months.Add((int.Parse(cells[1], CultureInfo.InvariantCulture) * 12) + int.Parse(cells[2], CultureInfo.InvariantCulture) - 1);
            values.Add(cells[3].Length == 0 ? double.NaN : double.Parse(cells[3], CultureInfo.InvariantCulture));
        }

        var first = months.Min();
        var width = months.Max() - first + 1;
        var data = new double[ids.Count * width];
        Array.Fill(data, double.NaN);
        for (var i = 0; i < values.Count; i++)
        {
            data[(series[i] * width) + months[i] - first] = values[i];
        }

        return data.Length;
    }

    [Benchmark(Description = "PanelCsv.Read (validated, located errors)")]
    public int Library()
    {
        var (panel, problems) = PanelCsv.Read(path);
        return panel is null ? -problems.Count : panel.Values.Length;
    }
}
