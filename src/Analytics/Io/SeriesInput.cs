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
/// long file of three columns <c>series_id,period,value</c> with periods written <c>yyyy-MM</c>.
/// </summary>
public static class SeriesInput
{
    /// <summary>Reads the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="culture">The culture of its numbers.</param>
    /// <returns>The series and every problem found (an error means the series must not be used).</returns>
    public static (IReadOnlyList<NamedSeries> Series, IReadOnlyList<InputProblem> Problems) Read(string path, CultureInfo culture)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(culture);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], [new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), $"the file cannot be read: {e.Message}", "check the path.")]);
        }

        var header = text.TrimStart('\uFEFF').Split('\n').FirstOrDefault(l => !l.TrimStart().StartsWith('#'))?.Trim().ToLowerInvariant() ?? string.Empty;
        var delimiter = CsvRecords.DetectDelimiter(header);
        var columns = header.Split(delimiter).Select(c => c.Trim()).ToArray();
        return columns.Contains("series_id") && columns.Contains("period") && columns.Contains("value") && !columns.Contains("indicator")
            ? ReadLong(text, path, culture, delimiter)
            : ReadInterchange(text, path, culture);
    }

    private static (IReadOnlyList<NamedSeries>, IReadOnlyList<InputProblem>) ReadInterchange(string text, string path, CultureInfo culture)
    {
        var result = InterchangeFormat.ReadText(text, path, new InterchangeOptions { Culture = culture });
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

    private static (IReadOnlyList<NamedSeries>, IReadOnlyList<InputProblem>) ReadLong(string text, string path, CultureInfo culture, char delimiter)
    {
        var problems = new List<InputProblem>();
        var records = CsvRecords.Parse(text, delimiter, out var badQuote).Where(r => !r.Fields[0].TrimStart().StartsWith('#')).ToList();
        if (badQuote > 0)
        {
            return ([], [new InputProblem(ProblemSeverity.Error, new SourceLocation(path, badQuote), "a quoted field opened on this line is never closed.", "close the quote.")]);
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        int iId = header.IndexOf("series_id"), iPeriod = header.IndexOf("period"), iValue = header.IndexOf("value");
        var points = new Dictionary<string, Dictionary<Period, (double Value, int Line)>>(StringComparer.Ordinal);
        foreach (var r in records.Skip(1))
        {
            if (r.Fields.Length != header.Count)
            {
                problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(path, r.Line), $"the row has {r.Fields.Length} cells where the header has {header.Count}.", "give every row series_id, period and value."));
                continue;
            }

            var id = r.Fields[iId].Trim();
            if (!Period.TryParse(r.Fields[iPeriod], out var period, out var error) || period.Kind != PeriodKind.Month)
            {
                problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(path, r.Line, "period"), error.Length > 0 ? error + "." : $"'{r.Fields[iPeriod]}' is not a month.", "write the month as yyyy-MM, e.g. 2023-09."));
                continue;
            }

            var v = NumberText.Parse(r.Fields[iValue], culture, isRate: false);
            if (!v.IsOk)
            {
                problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(path, r.Line, "value"), v.Error!, v.Fix!));
                continue;
            }

            if (double.IsNaN(v.Value))
            {
                continue; // an empty value is a missing month, which the models report as a gap
            }

            var byPeriod = points.TryGetValue(id, out var d) ? d : points[id] = [];
            if (byPeriod.TryGetValue(period, out var first))
            {
                problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(path, r.Line), $"{id} has two values for {period} (here and on row {first.Line}).", "keep one value per series and month."));
                continue;
            }

            byPeriod[period] = (v.Value, r.Line);
        }

        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return ([], problems);
        }

        return (points.Select(kv => new NamedSeries(kv.Key, MonthlySeries.FromPoints(kv.Value.Select(p => (p.Key, p.Value.Value))))).ToList(), problems);
    }
}
