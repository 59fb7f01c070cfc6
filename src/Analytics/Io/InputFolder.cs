using System.Globalization;
using Analytics.Internal;
using Analytics.Observations;
using Analytics.Periods;

namespace Analytics.Io;

/// <summary>
/// A folder of months read as one store: every interchange file (.csv, interchange .xlsx) and filled input workbook
/// in it, each figure with its release. A later release is a revision kept beside the earlier one, never an
/// overwrite; the same figure of the same release given with different figures in two files is an error naming both;
/// given identically, it is read once. Files that are not inputs are named, never silently passed over.
/// </summary>
public static class InputFolder
{
    /// <summary>Reads one input file, choosing the reader from its extension and, for .xlsx, from its sheets.</summary>
    /// <param name="path">A .csv interchange file, an interchange .xlsx, or a filled input workbook.</param>
    /// <param name="interchange">How to read an interchange file; defaults when null.</param>
    /// <param name="workbook">How to read an input workbook; defaults when null.</param>
    /// <returns>The observations and problems.</returns>
    public static ReadResult ReadFile(string path, InterchangeOptions? interchange = null, InputWorkbookOptions? workbook = null)
    {
        Preconditions.CheckNotNull(path);
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return InterchangeFormat.Read(path, interchange);
        }

        return InputWorkbook.IsInputWorkbook(path) ? InputWorkbook.Read(path, workbook) : InterchangeWorkbook.Read(path, interchange);
    }

    /// <summary>Whether a file of a folder is read as an input (.csv or .xlsx, not an Excel lock file, not a plan file).</summary>
    /// <param name="path">The file.</param>
    /// <returns>True when it is read.</returns>
    public static bool IsInput(string path)
    {
        Preconditions.CheckNotNull(path);
        var name = Path.GetFileName(path);
        return !name.StartsWith("~$", StringComparison.Ordinal) && !name.StartsWith('.')
            && (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            && !PlanFormat.IsPlanFile(path);
    }

    /// <summary>Reads every input of a folder (not its subfolders) as one store.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="interchange">How to read each interchange file (its culture may depend on the file); defaults when null.</param>
    /// <param name="workbook">How to read input workbooks; defaults when null.</param>
    /// <returns>The figures of every file, the files read and skipped, and every problem found.</returns>
    public static FolderReadResult Read(string folder, Func<string, InterchangeOptions>? interchange = null, InputWorkbookOptions? workbook = null)
    {
        Preconditions.CheckNotNull(folder);
        var vi = (workbook ?? new InputWorkbookOptions()).Language != "en";
        var all = Directory.EnumerateFiles(folder).ToList();
        var read = all.ToLookup(IsInput);
        var files = read[true]
            .OrderBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .ThenBy(f => string.Equals(Path.GetExtension(f), ".csv", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ToList();
        var skipped = read[false].Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var problems = new List<InputProblem>();
        var observations = new List<Observation>();
        var seen = new Dictionary<(SeriesKey, Period, Period), Observation>();
        var units = new Dictionary<SeriesKey, Observation>();
        var repeated = 0;
        if (files.Count == 0)
        {
            problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(folder, 0), vi ? "thư mục không có tệp .csv hay .xlsx nào." : "the folder holds no .csv or .xlsx file.", vi ? "đặt vào thư mục các tệp số liệu hằng tháng (analytics template tạo biểu nhập liệu)." : "put the monthly files in it (analytics template writes an input workbook)."));
        }

        foreach (var f in files)
        {
            var result = ReadFile(f, interchange?.Invoke(f), workbook);
            problems.AddRange(result.Problems);
            foreach (var o in result.Observations)
            {
                var k = (o.Key, o.Period, o.EffectiveRelease);
                if (seen.TryGetValue(k, out var first))
                {
                    if (SameFigures(first, o))
                    {
                        repeated++;
                        continue;
                    }

                    problems.Add(new InputProblem(ProblemSeverity.Error, o.Source ?? new SourceLocation(f, 0),
                        vi ? $"{o.Key} kỳ {o.Period}, công bố {o.EffectiveRelease}, được ghi ở đây là {Describe(o)} và ở {first.Source} là {Describe(first)}."
                           : $"{o.Key} for {o.Period}, release {o.EffectiveRelease}, is {Describe(o)} here but {Describe(first)} in {first.Source}.",
                        vi ? "giữ số đúng ở một tệp; một số điều chỉnh thuộc về tệp của tháng công bố sau (cột release hoặc biểu nhập liệu của tháng sau)."
                           : "keep the right figure in one file; a revision belongs in the file of a later release (the release column, or the next month's input workbook)."));
                    continue;
                }

                seen[k] = o;
                if (o.Unit is not null && !units.TryAdd(o.Key, o) && !units[o.Key].Unit!.Equals(o.Unit))
                {
                    var u = units[o.Key];
                    problems.Add(new InputProblem(ProblemSeverity.Error, o.Source ?? new SourceLocation(f, 0),
                        vi ? $"{o.Key} tính bằng '{o.Unit}' ở đây nhưng bằng '{u.Unit}' ở {u.Source}." : $"{o.Key} is in '{o.Unit}' here but in '{u.Unit}' in {u.Source}.",
                        vi ? "mỗi chỉ tiêu một đơn vị tính qua các tháng: quy đổi các số." : "use one unit for a series across the months; convert the figures."));
                }

                observations.Add(o);
            }
        }

        var errors = problems.Any(p => p.Severity == ProblemSeverity.Error);
        return new FolderReadResult(new ReadResult(errors ? [] : observations, problems), files, skipped, repeated);
    }

    /// <summary>Whether two observations state the same figures: value, rates, share, unit and status.</summary>
    internal static bool SameFigures(Observation a, Observation b)
        => a.Value.Equals(b.Value) && a.MonthOnMonth == b.MonthOnMonth && a.YearOnYear == b.YearOnYear && a.Share == b.Share && Equals(a.Unit, b.Unit) && a.Status == b.Status;

    private static string Describe(Observation o)
    {
        var parts = new List<string>();
        if (o.HasValue)
        {
            parts.Add(o.Value.ToString("R", CultureInfo.InvariantCulture) + (o.Unit is null ? string.Empty : " " + o.Unit));
        }

        if (o.MonthOnMonth.IsStated)
        {
            parts.Add("mom " + o.MonthOnMonth + "%");
        }

        if (o.YearOnYear.IsStated)
        {
            parts.Add("yoy " + o.YearOnYear + "%");
        }

        if (o.Share.IsStated)
        {
            parts.Add("share " + o.Share + "%");
        }

        return parts.Count == 0 ? "(no figure)" : string.Join(", ", parts);
    }
}
