using System.Globalization;
using System.Text;
using Analytics.Internal;
using Analytics.Series;
using Analytics.Growth;
using Analytics.Io;
using Analytics.Observations;

namespace Analytics.Tables;

/// <summary>
/// Growth results as CSV, in the invariant culture: the rows of <see cref="GrowthTable.Compute"/> with where each figure
/// comes from, and a long panel with the growth of <see cref="PanelGrowth.Compute"/>.
/// </summary>
public static class GrowthCsv
{
    /// <summary>
    /// Writes growth rows as CSV in the invariant culture: <c>indicator,breakdown,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct</c>,
    /// then where each figure comes from (<c>computed</c>, <c>stated</c> or empty), last year's implied value, the release
    /// the row was computed as of, and a note explaining each missing figure.
    /// </summary>
    /// <param name="rows">The rows, from <see cref="GrowthTable.Compute"/>.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(IEnumerable<GrowthRow> rows, TextWriter writer)
    {
        Preconditions.CheckNotNull(rows);
        Preconditions.CheckNotNull(writer);
        writer.Write("indicator,breakdown,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct,mom_origin,yoy_origin,ytd_value_origin,ytd_yoy_origin,implied_base,release,note\n");
        foreach (var r in rows)
        {
            var notes = new List<string>();
            void Note(string name, Figure f)
            {
                if (f.IsMissing && f.Reason != MissingReason.NotApplicable)
                {
                    notes.Add($"{name}: {f.Reason.Describe()}");
                }
            }

            Note("mom_pct", r.MonthOnMonth);
            Note("yoy_pct", r.YearOnYear);
            Note("ytd_value", r.CumulativeValue);
            Note("ytd_yoy_pct", r.CumulativeGrowth);
            string[] cells =
            [
                r.Key.Indicator, r.Key.Breakdown, r.Period.ToString(), Num(r.Value),
                Num(r.MonthOnMonth.Value), Num(r.YearOnYear.Value), Num(r.CumulativeValue.Value), Num(r.CumulativeGrowth.Value),
                Origin(r.MonthOnMonth), Origin(r.YearOnYear), Origin(r.CumulativeValue), Origin(r.CumulativeGrowth),
                Num(r.ImpliedBase.Value), r.Release?.ToString() ?? string.Empty, string.Join("; ", notes),
            ];
            writer.Write(string.Join(',', cells.Select(c => CsvRecords.Quote(c))));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Writes the growth of <see cref="ObservationColumns"/> as <see cref="Write(IEnumerable{GrowthRow}, TextWriter)"/>
    /// writes the rows of the same figures held in a store, cell for cell; blocks of series are formatted on every core
    /// straight from the arrays, then written in order.
    /// </summary>
    /// <param name="columns">The figures.</param>
    /// <param name="growth">Their growth, from <see cref="GrowthColumns.Compute"/>.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ObservationColumns columns, GrowthColumns growth, TextWriter writer)
    {
        WriteHeader(writer);
        WriteRows(columns, growth, writer);
    }

    /// <summary>Writes the header line of <see cref="Write(ObservationColumns, GrowthColumns, TextWriter)"/>.</summary>
    /// <param name="writer">Where to write.</param>
    internal static void WriteHeader(TextWriter writer)
    {
        Preconditions.CheckNotNull(writer);
        writer.Write("indicator,breakdown,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct,mom_origin,yoy_origin,ytd_value_origin,ytd_yoy_origin,implied_base,release,note\n");
    }

    /// <summary>Formats the rows of one part (no header) into <paramref name="text"/>, on the calling thread.</summary>
    /// <param name="columns">The part's figures.</param>
    /// <param name="growth">Their growth.</param>
    /// <param name="text">Where the text goes.</param>
    internal static void FormatPart(ObservationColumns columns, GrowthColumns growth, StringBuilder text)
        => FormatRows(columns, growth, MonthTextsOf(columns, growth), 0, columns.SeriesCount, text);

    // The rows without the header, formatted on every core in blocks of whole series of about RowsPerBlock rows, so
    // that the text held at once stays small whatever the series' length.
    private static void WriteRows(ObservationColumns columns, GrowthColumns growth, TextWriter writer)
    {
        Preconditions.CheckNotNull(columns);
        Preconditions.CheckNotNull(growth);
        Preconditions.CheckNotNull(writer);
        var months = MonthTextsOf(columns, growth);
        var bounds = new List<int> { 0 };
        var rows = 0;
        for (var s = 0; s < columns.SeriesCount; s++)
        {
            var (a, b) = columns.RowsOf(s);
            rows += b - a;
            if (rows >= RowsPerBlock)
            {
                bounds.Add(s + 1);
                rows = 0;
            }
        }

        if (bounds[^1] != columns.SeriesCount)
        {
            bounds.Add(columns.SeriesCount);
        }

        InBlocks(bounds.Count - 1, writer, (from, to, sb) =>
        {
            for (var k = from; k < to; k++)
            {
                FormatRows(columns, growth, months, bounds[k], bounds[k + 1], sb);
            }
        }, block: 1);
    }

    // Every month's text once, quoted as written: the months of the rows and of the releases they were computed as of.
    private static MonthTexts MonthTextsOf(ObservationColumns columns, GrowthColumns growth)
    {
        var first = int.MaxValue;
        var last = int.MinValue;
        foreach (var m in columns.MonthIndex)
        {
            first = Math.Min(first, m);
            last = Math.Max(last, m);
        }

        foreach (var r in growth.Release)
        {
            if (r >= 0)
            {
                first = Math.Min(first, r);
                last = Math.Max(last, r);
            }
        }

        return new MonthTexts(first, first > last ? [] : [.. Enumerable.Range(first, last - first + 1).Select(m => CsvRecords.Quote(Periods.Period.FromMonthIndex(m).ToString()))]);
    }

    private const int RowsPerBlock = 8192;

    // Formatting numbers is the cost: blocks of series are formatted on every core, then written in order.
    private static void InBlocks(int seriesCount, TextWriter writer, Action<int, int, StringBuilder> format, int block = 250)
    {
        var workers = Math.Max(1, Environment.ProcessorCount);
        var buffers = new StringBuilder[workers];
        var blocks = (seriesCount + block - 1) / block;
        for (var b0 = 0; b0 < blocks; b0 += workers)
        {
            var count = Math.Min(workers, blocks - b0);
            Parallel.For(0, count, j =>
            {
                var sb = buffers[j] ??= new StringBuilder(block == 1 ? 1 << 20 : 1 << 22);
                sb.Clear();
                var from = (b0 + j) * block;
                format(from, Math.Min(seriesCount, from + block), sb);
            });
            for (var j = 0; j < count; j++)
            {
                writer.Write(buffers[j]);
            }
        }
    }

    private static void FormatRows(ObservationColumns c, GrowthColumns g, MonthTexts months, int from, int to, StringBuilder sb)
    {
        Span<char> buffer = stackalloc char[64];
        var notes = new List<string>(4);
        var noteCache = new Dictionary<int, string>();
        for (var s = from; s < to; s++)
        {
            var prefix = CsvRecords.Quote(c.Keys[s].Indicator) + "," + CsvRecords.Quote(c.Keys[s].Breakdown) + ",";
            var (a, b) = c.RowsOf(s);
            for (var i = a; i < b; i++)
            {
                var mom = g.MonthOnMonth[i];
                var yoy = g.YearOnYear[i];
                var cumValue = g.CumulativeValue[i];
                var cumGrowth = g.CumulativeGrowth[i];
                sb.Append(prefix).Append(months[c.MonthIndex[i]]).Append(',');
                Num(sb, c.Values[i], buffer);
                sb.Append(',');
                Num(sb, mom.Value, buffer);
                sb.Append(',');
                Num(sb, yoy.Value, buffer);
                sb.Append(',');
                Num(sb, cumValue.Value, buffer);
                sb.Append(',');
                Num(sb, cumGrowth.Value, buffer);
                sb.Append(',').Append(Origin(mom)).Append(',').Append(Origin(yoy)).Append(',').Append(Origin(cumValue)).Append(',').Append(Origin(cumGrowth)).Append(',');
                Num(sb, g.ImpliedBase[i].Value, buffer);
                sb.Append(',');
                if (g.Release[i] >= 0)
                {
                    sb.Append(months[g.Release[i]]);
                }

                sb.Append(',');
                var noteKey = Reason(mom) | (Reason(yoy) << 8) | (Reason(cumValue) << 16) | (Reason(cumGrowth) << 24);
                if (!noteCache.TryGetValue(noteKey, out var note))
                {
                    notes.Clear();
                    Note(notes, "mom_pct", mom);
                    Note(notes, "yoy_pct", yoy);
                    Note(notes, "ytd_value", cumValue);
                    Note(notes, "ytd_yoy_pct", cumGrowth);
                    noteCache[noteKey] = note = notes.Count > 0 ? CsvRecords.Quote(string.Join("; ", notes)) : string.Empty;
                }

                sb.Append(note);
                sb.Append('\n');
            }
        }
    }

    private static void Note(List<string> notes, string name, Figure f)
    {
        if (f.IsMissing && f.Reason != MissingReason.NotApplicable)
        {
            notes.Add($"{name}: {f.Reason.Describe()}");
        }
    }

    private sealed class MonthTexts(int first, string[] texts)
    {
        internal string this[int monthIndex] => texts[monthIndex - first];
    }

    private static int Reason(Figure f) => f.IsMissing ? (int)f.Reason : 0;

    // As Num below, into the buffer, without a string per cell. The shortest round-trip form ("R") of the rounded value
    // is the same text as the custom format when it has no exponent and at most 15 significant digits (the precision
    // the custom format works to); any other value goes through the custom format itself.
    internal static void Num(StringBuilder sb, double v, Span<char> buffer)
    {
        if (double.IsNaN(v))
        {
            return;
        }

        if (Scaled(v, buffer, out var length))
        {
            sb.Append(buffer[..length]);
            return;
        }

        var r = Math.Round(v, 6);
        if (r != 0 && r.TryFormat(buffer, out var n, "R", CultureInfo.InvariantCulture) && Plain(buffer[..n]))
        {
            sb.Append(buffer[..n]);
        }
        else
        {
            sb.Append(Num(v));
        }
    }

    // The common value (below 9·10⁹ in size, not zero) without the shortest-form search: Math.Round(v, 6) is v·10⁶
    // rounded to an integer, then divided by 10⁶; that integer's digits with the decimal point six places from the right
    // and the trailing zeros cut are the decimal the rounded value stands for, and, with at most 15 significant digits,
    // the only such decimal, so the same text as the shortest form ("R") of the rounded value.
    private static bool Scaled(double v, Span<char> buffer, out int length)
    {
        length = 0;
        if (!(Math.Abs(v) < 9e9))
        {
            return false;
        }

        var scaled = Math.Round(v * 1e6);
        if (scaled == 0)
        {
            return false;
        }

        var u = (ulong)Math.Abs((long)scaled);
        var whole = u / 1_000_000;
        var fraction = (int)(u % 1_000_000);
        var at = 0;
        if (scaled < 0)
        {
            buffer[at++] = '-';
        }

        if (!whole.TryFormat(buffer[at..], out var wholeDigits, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        at += wholeDigits;
        var significant = whole == 0 ? 0 : wholeDigits;
        if (fraction != 0)
        {
            var digits = 6;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            buffer[at++] = '.';
            for (var k = digits - 1; k >= 0; k--)
            {
                buffer[at + k] = (char)('0' + (fraction % 10));
                fraction /= 10;
            }

            if (whole == 0)
            {
                var lead = 0;
                while (buffer[at + lead] == '0')
                {
                    lead++;
                }

                significant = digits - lead;
            }
            else
            {
                significant += digits;
            }

            at += digits;
        }

        length = at;
        return significant <= 15;
    }

    private static bool Plain(ReadOnlySpan<char> text)
    {
        var digits = 0;
        var leading = true;
        foreach (var c in text)
        {
            if (c is 'E' or 'e' or 'N' or 'I' or '∞')
            {
                return false;
            }

            if (char.IsAsciiDigit(c) && !(leading && c == '0'))
            {
                leading = false;
                digits++;
            }
        }

        return digits <= 15;
    }

    /// <summary>
    /// Writes a panel with its growth: <c>series_id,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct</c>, one row per
    /// series and month that has a value; a missing figure is an empty cell.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="growth">Its growth, from <see cref="PanelGrowth.Compute"/>.</param>
    /// <param name="writer">Where to write.</param>
    public static void WritePanel(Panel panel, PanelGrowthResult growth, TextWriter writer)
    {
        Preconditions.CheckNotNull(panel);
        Preconditions.CheckNotNull(growth);
        Preconditions.CheckNotNull(writer);
        writer.Write("series_id,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct\n");
        var periods = Enumerable.Range(0, panel.MonthCount).Select(t => panel.Start.PlusMonths(t).ToString()).ToArray();

        InBlocks(panel.SeriesCount, writer, (from, to, sb) => FormatSeries(panel, growth, periods, from, to, sb));
    }

    private static void FormatSeries(Panel panel, PanelGrowthResult growth, string[] periods, int from, int to, StringBuilder sb)
    {
        Span<char> buffer = stackalloc char[64];
        var t = panel.MonthCount;
        for (var s = from; s < to; s++)
        {
            var row = panel.Row(s);
            var mom = growth.MonthOnMonth.Row(s);
            var yoy = growth.YearOnYear.Row(s);
            var cum = growth.CumulativeSum.Row(s);
            var ytd = growth.CumulativeGrowth.Row(s);
            var id = InterchangeFormat.Quote(panel.Keys[s].Indicator);
            for (var k = 0; k < t; k++)
            {
                if (double.IsNaN(row[k]))
                {
                    continue;
                }

                sb.Append(id).Append(',').Append(periods[k]);
                Cell(sb, row[k], buffer);
                Cell(sb, mom[k], buffer);
                Cell(sb, yoy[k], buffer);
                Cell(sb, cum[k], buffer);
                Cell(sb, ytd[k], buffer);
                sb.Append('\n');
            }
        }
    }

    private static void Cell(StringBuilder sb, double v, Span<char> buffer)
    {
        sb.Append(',');
        // Six decimals at most, written in the shortest form that reads back the same ("R" is much faster than a custom format).
        if (!double.IsNaN(v) && Math.Round(v, 6).TryFormat(buffer, out var n, "R", CultureInfo.InvariantCulture))
        {
            sb.Append(buffer[..n]);
        }
    }

    internal static string Num(double v) => double.IsNaN(v) ? string.Empty : Math.Round(v, 6).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Origin(Figure f) => f.Origin switch
    {
        FigureOrigin.Computed => "computed",
        FigureOrigin.Stated => "stated",
        _ => string.Empty,
    };
}
