using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Analytics.Internal;
using Analytics.Periods;
using Analytics.Observations;
using Analytics.Series;

namespace Analytics.Io;

/// <summary>
/// Large panels as long CSV files, read straight into a <see cref="Panel"/> and written back with their growth: the
/// columns <c>series_id,period,value</c> (period <c>yyyy-MM</c>) or <c>series_id,year,month,value</c>, numbers in the
/// invariant culture. Reading is <see cref="LongSeriesFormat"/>'s, the one reader of the long format.
/// </summary>
public static class PanelCsv
{
    /// <summary>Returns whether a header line is the long panel layout.</summary>
    /// <param name="header">The first line of a file.</param>
    /// <returns><see langword="true"/> for <c>series_id,period,value</c> or <c>series_id,year,month,value</c> (see <see cref="LongSeriesFormat.IsLongSeriesHeader"/>).</returns>
    public static bool IsPanelHeader(string header) => LongSeriesFormat.IsLongSeriesHeader(header);

    /// <summary>Reads a long panel file with invariant numbers; a thin wrapper over <see cref="LongSeriesFormat.Read"/>, which it will give way to.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The panel (null when the file has errors) and the problems found (at most 100 are listed).</returns>
    public static (Panel? Panel, IReadOnlyList<InputProblem> Problems) Read(string path)
    {
        var result = LongSeriesFormat.Read(path);
        return (result.HasErrors ? null : result.Value, result.Problems);
    }
}
