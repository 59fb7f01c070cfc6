using System.Globalization;
using Analytics.Periods;
using Analytics.Series;

namespace Analytics.Forecasting;

/// <summary>The values a model is fitted to: a series trimmed of leading and trailing missing months, checked for gaps.</summary>
internal readonly record struct SeriesData(double[] Values, Period Start)
{
    internal Period End => Start.PlusMonths(Values.Length - 1);

    internal int FirstMonthOfYear => Start.FirstMonth;

    internal static SeriesData From(MonthlySeries series, int minimumLength = 3)
    {
        ArgumentNullException.ThrowIfNull(series);
        var v = series.Values;
        var first = 0;
        while (first < v.Length && double.IsNaN(v[first]))
        {
            first++;
        }

        var last = v.Length - 1;
        while (last >= first && double.IsNaN(v[last]))
        {
            last--;
        }

        if (last < first)
        {
            throw new ForecastException("The series has no values to fit.");
        }

        for (var i = first; i <= last; i++)
        {
            if (double.IsNaN(v[i]) || double.IsInfinity(v[i]))
            {
                throw new ForecastException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The series has a gap at {series.Start.PlusMonths(i)}: the models need consecutive months. Fill the month from the source (or its revision), or forecast from {series.Start.PlusMonths(i + 1)} on."));
            }
        }

        var n = last - first + 1;
        if (n < minimumLength)
        {
            throw new ForecastException(string.Create(CultureInfo.InvariantCulture, $"The series has {n} months; at least {minimumLength} are needed to fit this model."));
        }

        return new SeriesData(v[first..(last + 1)].ToArray(), series.Start.PlusMonths(first));
    }
}
