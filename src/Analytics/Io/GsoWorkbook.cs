using System.IO.Compression;
using Analytics.Internal;
using DocumentFormat.OpenXml.Packaging;
using Analytics.Periods;
using Analytics.Observations;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Io;

/// <summary>
/// Imports the General Statistics Office's monthly workbook ("Biểu số liệu"): the industrial production index by
/// industry, the main industrial products, retail sales and services, exports and imports by commodity, and the
/// consumer price index. Sheets are found by their titles and columns by their headers, never by position or name,
/// because both drift from month to month. Each figure becomes an <see cref="Observation"/> with its period, unit,
/// status ("Ước tính" estimate, "Sơ bộ" preliminary, "Thực hiện" official) and release (the workbook's month), so that
/// a workbook's revised figure for the previous month is kept beside that month's first estimate from the workbook
/// before. Indices (103,46) are stored as rates (+3,46%).
/// </summary>
public static class GsoWorkbook
{
    /// <summary>Imports one workbook.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">The release, if the headers should not decide it, and the tables to import.</param>
    /// <returns>The observations, the problems (a workbook that cannot be read is an error, not an exception) and a summary per sheet.</returns>
    public static GsoImportResult Read(string path, GsoImportOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= new GsoImportOptions();
        var problems = new List<InputProblem>();
        var observations = new List<Observation>();
        var summaries = new List<GsoSheetSummary>();
        if (Unreadable(path) is { } why)
        {
            problems.Add(why);
            return new GsoImportResult(observations, problems, summaries);
        }

        try
        {
            using var doc = WorkbookPackage.Open(path);
            var wb = doc.WorkbookPart ?? throw new InvalidDataException("the file has no workbook part");
            var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<S.SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var found = new List<(SheetGrid Grid, GsoTable Table, bool Hidden)>();
            foreach (var sheet in wb.Workbook.Descendants<S.Sheet>())
            {
                if (sheet.Id?.Value is not { } id || !wb.TryGetPartById(id, out var sheetPart) || sheetPart is not WorksheetPart part)
                {
                    continue;
                }

                // One malformed sheet costs that sheet, named; the workbook's other tables are still read.
                SheetGrid grid;
                try
                {
                    grid = SheetGrid.Load(sheet.Name?.Value ?? "?", part, shared);
                }
                catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or InvalidOperationException)
                {
                    problems.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(path, 0, null, sheet.Name?.Value), $"the sheet '{sheet.Name?.Value}' cannot be read ({WorkbookPackage.Reason(e)}); the workbook's other sheets are.", "open the workbook in Excel and save it again; if the sheet is one of the GSO tables, its figures are missing from this import."));
                    continue;
                }

                if (GsoSheetReader.Recognise(grid) is { } table && (options.Tables is null || options.Tables.Contains(table)))
                {
                    found.Add((grid, table, sheet.State is { } state && state.HasValue && state.Value != S.SheetStateValues.Visible));
                }
            }

            if (found.Count == 0)
            {
                problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), "no sheet of this workbook is one of the GSO tables the importer reads (its title should say e.g. \"Chỉ số sản xuất công nghiệp\", \"Tổng mức bán lẻ hàng hóa…\", \"Hàng hóa xuất khẩu\", \"Chỉ số giá tiêu dùng\").", "check that this is the GSO monthly workbook (\"Biểu số liệu\") and that each table keeps its title in its first rows."));
                return new GsoImportResult(observations, problems, summaries);
            }

            var release = options.Release ?? DecideRelease(path, found, problems);
            if (release is null)
            {
                return new GsoImportResult(observations, problems, summaries);
            }

            foreach (var group in found.GroupBy(f => f.Table))
            {
                // A visible sheet before a hidden one: a hidden copy of a table is most often last month's, kept.
                var chosen = group.OrderBy(f => f.Hidden).First();
                foreach (var other in group.Where(f => f.Grid != chosen.Grid))
                {
                    problems.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(path, 0, null, other.Grid.Name), $"{(other.Hidden ? "the hidden sheet" : "sheet")} '{other.Grid.Name}' is also titled as {Describe(group.Key)}; only sheet '{chosen.Grid.Name}' was imported.", "remove or retitle the extra sheet if it is a copy."));
                }

                var reader = new GsoSheetReader(path, chosen.Grid, group.Key, release.Value, problems);
                var (obs, rows, ignored) = reader.Read();
                observations.AddRange(obs);
                summaries.Add(new GsoSheetSummary(path, chosen.Grid.Name, group.Key, release.Value, rows, obs.Count, ignored));
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or UnauthorizedAccessException or InvalidOperationException or System.Xml.XmlException)
        {
            problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), $"the file cannot be read as an Excel workbook ({WorkbookPackage.Reason(e)}).", "open it in Excel and save it again as .xlsx (Excel Workbook); if it came by e-mail, download it again."));
        }

        return new GsoImportResult(observations, problems, summaries);
    }

    /// <summary>Imports several workbooks (in parallel), in the order given.</summary>
    /// <param name="paths">The .xlsx files.</param>
    /// <param name="options">Options applied to every workbook (leave <see cref="GsoImportOptions.Release"/> null).</param>
    /// <returns>All observations, problems and sheet summaries, workbook by workbook.</returns>
    public static GsoImportResult ReadAll(IEnumerable<string> paths, GsoImportOptions? options = null)
    {
        Preconditions.CheckNotNull(paths);
        var list = paths.ToList();
        var results = new GsoImportResult[list.Count];
        Parallel.For(0, list.Count, i => results[i] = Read(list[i], options));
        var all = new GsoImportResult(
            results.SelectMany(r => r.Observations).ToList(),
            results.SelectMany(r => r.Problems).ToList(),
            results.SelectMany(r => r.Sheets).ToList());

        all = all with { Observations = [.. all.Observations, .. ImpliedRevisions(all.Observations)] };

        // Two workbooks of the same month would make "as known at that release" ambiguous.
        var problems = all.Problems.ToList();

        // Each series against its own history across the releases: a figure a thousand times off is flagged with the
        // cell it came from (the GSO's own tables have a few).
        foreach (var (o, column, message, fix) in HistoryCheck.Run(all.Observations).Where(f => f.Column == "value"))
        {
            problems.Add(new InputProblem(ProblemSeverity.Warning, o.Source ?? new SourceLocation(string.Empty, 0), message, fix));
        }

        foreach (var dup in all.Sheets.Where(s => s.Table == GsoTable.IndustrialProduction || s.Table == GsoTable.RetailSales)
                     .GroupBy(s => (s.Release, s.Table)).Where(g => g.Select(s => s.File).Distinct().Count() > 1))
        {
            var files = dup.Select(s => Path.GetFileName(s.File)).Distinct().ToList();
            problems.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(dup.Last().File, 0), $"{files.Count} workbooks are releases of {dup.Key.Release} ({string.Join(", ", files)}); their figures are all kept and the later file's wins where they differ.", "import one workbook per month, or pass the release of each explicitly."));
        }

        return all with { Problems = problems };
    }

    /// <summary>
    /// The previous month as revised in each release, where the workbook states the month and the months from January
    /// but not the month before (the trade tables since 2023): the months from January less this month is January to
    /// last month as this release knows it; less January to the month before last as last month's release gave it, it
    /// is last month's revised value. The GSO's month-on-month rate compares with that figure (September 2024 exports:
    /// 34.049,6 against 38.074,2, −10,57%), not with last month's first estimate (37.589,7, −9,42%).
    /// </summary>
    private static List<Observation> ImpliedRevisions(IReadOnlyList<Observation> observations)
    {
        var index = observations.Where(o => o.HasValue && o.Release is not null)
            .GroupBy(o => (o.Indicator, o.Breakdown, o.Period, Release: o.Release!.Value))
            .ToDictionary(g => g.Key, g => g.Last());
        var implied = new List<Observation>();
        foreach (var ((indicator, breakdown, period, release), month) in index)
        {
            if (period.Kind != PeriodKind.Month || period != release || period.LastMonth == 1)
            {
                continue;
            }

            var previous = period.PlusMonths(-1);
            var last = release.PlusMonths(-1);
            if (index.ContainsKey((indicator, breakdown, previous, release))
                || !index.TryGetValue((indicator, breakdown, Period.YearToDate(period.Year, period.LastMonth), release), out var cumulative)
                || !index.TryGetValue((indicator, breakdown, previous, last), out var first))
            {
                continue;
            }

            // January to the month before last as last month's release gave it (nothing before February).
            double before = 0;
            if (previous.LastMonth > 1)
            {
                if (!index.TryGetValue((indicator, breakdown, Period.YearToDate(previous.Year, previous.LastMonth), last), out var lastCumulative))
                {
                    continue;
                }

                before = lastCumulative.Value - first.Value;
            }

            var value = cumulative.Value - month.Value - before;
            if (value <= 0 || !SameUnit(month, cumulative) || !SameUnit(month, first))
            {
                continue;
            }

            implied.Add(first with
            {
                Value = value,
                ValueDecimals = new[] { month.ValueDecimals, cumulative.ValueDecimals, first.ValueDecimals }.Min(),
                MonthOnMonth = StatedRate.None,
                YearOnYear = StatedRate.None,
                Share = StatedRate.None,
                Status = ObservationStatus.Preliminary,
                Release = release,
                Remark = string.Empty,
                Citation = $"{cumulative.Citation}: the months from January less the month, less January–{previous.PlusMonths(-1).LastMonth} of the {last} release",
                Source = cumulative.Source,
            });
        }

        return implied;
    }

    private static bool SameUnit(Observation a, Observation b) => Equals(a.Unit, b.Unit);

    private static Period? DecideRelease(string path, List<(SheetGrid Grid, GsoTable Table, bool Hidden)> found, List<InputProblem> problems)
    {
        var votes = found.Select(f => (f.Grid.Name, Release: GsoSheetReader.ReleaseOf(f.Grid))).Where(v => v.Release is not null).ToList();
        if (votes.Count == 0)
        {
            problems.Add(new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), "the month of this release could not be read from any table's headers.", "restore the header rows (e.g. \"Ước tính tháng 9 năm 2023\"), or give the release explicitly (--release 2023-09)."));
            return null;
        }

        var release = votes.GroupBy(v => v.Release!.Value).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        foreach (var odd in votes.Where(v => v.Release != release))
        {
            problems.Add(new InputProblem(ProblemSeverity.Warning, new SourceLocation(path, 0, null, odd.Name), $"this sheet's headers point to {odd.Release}, the rest of the workbook to {release}; its figures are filed under the release {release}.", "check that the sheet belongs to this month's workbook."));
        }

        return release;
    }

    private static string Describe(GsoTable table) => table switch
    {
        GsoTable.IndustrialProduction => "the industrial production index",
        GsoTable.IndustrialProducts => "the main industrial products",
        GsoTable.RetailSales => "retail sales",
        GsoTable.Exports => "exports",
        GsoTable.Imports => "imports",
        _ => "the consumer price index",
    };

    /// <summary>Recognises files that are not an .xlsx at all, so that the message can say what they are.</summary>
    private static InputProblem? Unreadable(string path)
    {
        byte[] head;
        try
        {
            using var stream = File.OpenRead(path);
            head = new byte[8];
            var n = stream.Read(head, 0, head.Length);
            if (n == 0)
            {
                return new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), "the file is empty.", "download or copy the workbook again.");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), $"the file cannot be opened ({e.Message}).", "check the path, and close the file if another program has it open.");
        }

        if (head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
        {
            return new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), "the workbook is protected by a password (or is an old binary .xls file), so its sheets cannot be read.", "open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save as .xlsx.");
        }

        if (head[0] != (byte)'P' || head[1] != (byte)'K')
        {
            return new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), "the file is not an Excel .xlsx workbook (it does not start like one; it may be a CSV, an HTML page or a PDF renamed).", "open it in Excel and save it as .xlsx, or pass a CSV to the CSV readers.");
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            _ = zip.Entries.Count;
        }
        catch (InvalidDataException)
        {
            return new InputProblem(ProblemSeverity.Error, new SourceLocation(path, 0), "the workbook is truncated or damaged (its zip structure is incomplete).", "download or copy the workbook again; if Excel can repair it, save the repaired copy.");
        }

        return null;
    }
}
