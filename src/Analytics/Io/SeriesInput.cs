using System.Globalization;
using System.Text;
using Analytics.Internal;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;

namespace Analytics.Io;

/// <summary>
/// Reads monthly series to forecast, from either the interchange format (each indicator and breakdown with monthly
/// values becomes a series, identified as <c>INDICATOR</c> or <c>INDICATOR/breakdown</c>, at its latest release) or a
/// long series file (<c>series_id,period,value</c> or <c>series_id,year,month,value</c>), read by
/// <see cref="LongSeriesFormat"/>, the same reader <c>growth</c> uses.
/// </summary>
public static class SeriesInput
{
    /// <summary>Reads the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <returns>The series and every problem found (an error means the series must not be used).</returns>
    public static (IReadOnlyList<NamedSeries> Series, IReadOnlyList<InputProblem> Problems) Read(string path, CultureInfo culture) => Read(path, culture, TextEncoding.Utf8);

    /// <summary>Reads the file, its CSV text (a long series or interchange file, or those of a folder) in the encoding given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <param name="encoding">The encoding of its CSV text.</param>
    /// <returns>The series and every problem found (an error means the series must not be used).</returns>
    public static (IReadOnlyList<NamedSeries> Series, IReadOnlyList<InputProblem> Problems) Read(string path, CultureInfo culture, TextEncoding encoding)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(culture);
        if (ParquetTable.IsParquetPath(path))
        {
            if (LongSeriesParquet.IsLongSeriesParquet(path))
            {
                var panel = LongSeriesParquet.Read(path);
                return (panel.HasErrors ? [] : LongSeriesFormat.ToNamedSeries(panel.Value), panel.Problems);
            }

            return FromInterchange(InterchangeParquet.Read(path), path);
        }

        // A folder of months and a workbook (interchange or a filled input workbook) are read as every other command reads them.
        if (Directory.Exists(path))
        {
            var folder = InputFolder.Read(path, _ => new InterchangeOptions { Culture = culture, Encoding = encoding });
            var (fromFolder, problems) = FromInterchange(folder.Result, path);
            // Files the folder holds but that are not read are named, never skipped silently.
            return folder.Skipped.Count == 0 ? (fromFolder, problems)
                : (fromFolder, [new InputProblem(ProblemSeverity.Warning, new SourceLocation(path, 0), folder.Summary(), "move files that are not figures out of the folder to silence this."), .. problems]);
        }

        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return FromInterchange(InputFolder.ReadFile(path, new InterchangeOptions { Culture = culture }), path);
        }

        if (LongSeriesFormat.IsLongSeriesFile(path))
        {
            var result = LongSeriesFormat.Read(path, culture, encoding);
            return (result.HasErrors ? [] : LongSeriesFormat.ToNamedSeries(result.Value), result.Problems);
        }

        if (TextFile.Read(path, encoding, out var problem) is not { } text)
        {
            return ([], [problem!]);
        }

        var (series, found) = ReadInterchange(text, path, culture);
        return problem is null ? (series, found) : (series, [problem, .. found]);
    }

    private static (IReadOnlyList<NamedSeries>, IReadOnlyList<InputProblem>) ReadInterchange(string text, string path, CultureInfo culture)
        => FromInterchange(InterchangeFormat.ReadText(text, path, new InterchangeOptions { Culture = culture }), path);

    private static (IReadOnlyList<NamedSeries>, IReadOnlyList<InputProblem>) FromInterchange(ReadResult result, string path)
    {
        if (result.HasErrors)
        {
            return ([], result.Problems);
        }

        var store = new ObservationStore(result.Observations);
        var view = store.Latest();
        var problems = result.Problems.ToList();
        var series = new List<NamedSeries>();
        foreach (var key in store.Series)
        {
            var points = store.Periods(key).Where(p => p.Kind == PeriodKind.Month)
                .Select(p => view.Get(key, p)!)
                .Where(o => o.HasValue)
                .Select(o => (o.Period, o.Value))
                .ToList();
            var id = key.IsTotal ? key.Indicator : $"{key.Indicator}/{key.Breakdown}";
            if (points.Count < 2)
            {
                if (store.Periods(key).Any(p => p.Kind == PeriodKind.Month))
                {
                    problems.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(path, 0), $"{id} has {points.Count} monthly value(s) and is not forecast.", "add its monthly values to forecast it."));
                }

                continue;
            }

            series.Add(new NamedSeries(id, MonthlySeries.FromPoints(points)));
        }

        return (series, problems);
    }
}
