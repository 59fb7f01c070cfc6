using System.Globalization;
using Analytics.Observations;
using Analytics.Periods;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Io;

/// <summary>
/// Edits an input workbook the way a user does in Excel (types a number or text into a cell, renames a sheet, merges
/// cells, moves a row), straight on its XML: for the tests that fill a template and for the malformed workbooks.
/// </summary>
internal sealed class WorkbookEditor : IDisposable
{
    private readonly SpreadsheetDocument doc;

    internal WorkbookEditor(string path) => doc = SpreadsheetDocument.Open(path, true);

    internal IEnumerable<string> SheetNames => Sheets().Select(s => s.Name!.Value!);

    /// <summary>Fills this month's cells of every row from <paramref name="store"/>'s figures of <paramref name="month"/>, as a user types them.</summary>
    internal void FillMonth(ObservationStore store, Period month)
    {
        var view = store.ViewOfRelease(month);
        var ytd = Period.YearToDate(month.Year, month.LastMonth);
        foreach (var (sheet, row, key) in Rows().ToList())
        {
            var m = view.Get(key, month);
            var c = view.Get(key, ytd);
            Type(sheet, row, "Ước tính tháng này", m?.Value);
            Type(sheet, row, "Cộng dồn từ đầu năm", c?.Value);
            TypeRate(sheet, row, "Tháng này so với tháng trước (%)", m?.MonthOnMonth);
            TypeRate(sheet, row, "Tháng này so với cùng kỳ (%)", m?.YearOnYear);
            TypeRate(sheet, row, "Cộng dồn so với cùng kỳ (%)", c?.YearOnYear);
            TypeRate(sheet, row, "Tỷ trọng cộng dồn (%)", c?.Share);
            var note = m?.Remark is { Length: > 0 } r1 ? r1 : c?.Remark;
            if (!string.IsNullOrEmpty(note))
            {
                SetCell(sheet, Ref(sheet, row, "Ghi chú"), note);
            }
        }
    }

    /// <summary>The data rows: sheet, row number and series, from the hidden key columns.</summary>
    internal IEnumerable<(string Sheet, uint Row, SeriesKey Key)> Rows()
    {
        foreach (var sheet in SheetNames)
        {
            var ind = Column(sheet, "indicator");
            var br = Column(sheet, "breakdown");
            if (ind is null || br is null)
            {
                continue;
            }

            foreach (var row in Data(sheet).Elements<S.Row>().Where(r => r.RowIndex!.Value > 4))
            {
                var code = Text(sheet, ind + row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture));
                if (code.Length > 0)
                {
                    yield return (sheet, row.RowIndex.Value, new SeriesKey(code, Text(sheet, br + row.RowIndex.Value.ToString(CultureInfo.InvariantCulture))));
                }
            }
        }
    }

    internal (string Sheet, uint Row) Find(string indicator, string breakdown = "")
        => Rows().Where(r => r.Key == new SeriesKey(indicator, breakdown)).Select(r => (r.Sheet, r.Row)).First();

    internal string Ref(string sheet, uint row, string header) => Column(sheet, header) + row.ToString(CultureInfo.InvariantCulture);

    internal void Set(string indicator, string breakdown, string header, object? value)
    {
        var (sheet, row) = Find(indicator, breakdown);
        SetCell(sheet, Ref(sheet, row, header), value);
    }

    /// <summary>Types a value into a cell: a double as a number, a string as text, null empties it.</summary>
    internal void SetCell(string sheet, string reference, object? value, string? formula = null)
    {
        var cell = Cell(sheet, reference);
        cell.RemoveAllChildren();
        cell.DataType = null;
        if (formula is not null)
        {
            cell.Append(new S.CellFormula(formula));
        }

        switch (value)
        {
            case double d:
                cell.Append(new S.CellValue(d));
                break;
            case string s:
                cell.DataType = S.CellValues.InlineString;
                cell.Append(new S.InlineString(new S.Text(s)));
                break;
        }
    }

    internal string Text(string sheet, string reference)
    {
        var cell = Data(sheet).Descendants<S.Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        return cell is null ? string.Empty : cell.DataType?.Value == S.CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : cell.CellValue?.Text ?? string.Empty;
    }

    internal void RenameSheet(string from, string to) => Sheets().First(s => s.Name == from).Name = to;

    internal void Merge(string sheet, string range)
    {
        var ws = Part(sheet).Worksheet!;
        var merges = ws.GetFirstChild<S.MergeCells>() ?? ws.InsertAfter(new S.MergeCells(), ws.GetFirstChild<S.SheetData>());
        merges.Append(new S.MergeCell { Reference = range });
    }

    /// <summary>Moves row <paramref name="row"/> to the empty row <paramref name="to"/> of another (or the same) sheet.</summary>
    internal void MoveRow(string sheet, uint row, string toSheet, uint to)
    {
        var source = Data(sheet).Elements<S.Row>().First(r => r.RowIndex!.Value == row);
        source.Remove();
        source.RowIndex = to;
        foreach (var c in source.Elements<S.Cell>())
        {
            c.CellReference = new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()) + to.ToString(CultureInfo.InvariantCulture);
        }

        var data = Data(toSheet);
        var after = data.Elements<S.Row>().LastOrDefault(r => r.RowIndex!.Value < to);
        if (after is null)
        {
            data.PrependChild(source);
        }
        else
        {
            data.InsertAfter(source, after);
        }
    }

    /// <summary>Inserts <paramref name="count"/> empty rows before <paramref name="row"/>, shifting the rows below.</summary>
    internal void InsertRows(string sheet, uint row, uint count)
    {
        foreach (var r in Data(sheet).Elements<S.Row>().Where(r => r.RowIndex!.Value >= row).Reverse().ToList())
        {
            var to = r.RowIndex!.Value + count;
            r.RowIndex = to;
            foreach (var c in r.Elements<S.Cell>())
            {
                c.CellReference = new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()) + to.ToString(CultureInfo.InvariantCulture);
            }
        }

        var ws = Part(sheet).Worksheet!;
        ws.GetFirstChild<S.MergeCells>()?.Remove();
    }

    /// <summary>Gives a cell a percent number format (what Excel does when 12,6% is typed).</summary>
    internal void PercentFormat(string sheet, string reference)
    {
        var styles = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var formats = styles.CellFormats!;
        formats.Append(new S.CellFormat { NumberFormatId = 10, ApplyNumberFormat = true });
        formats.Count = (uint)formats.ChildElements.Count;
        Cell(sheet, reference).StyleIndex = formats.Count - 1;
    }

    /// <summary>Gives a cell a date format (what Excel does when 10/5 is typed).</summary>
    internal void DateFormat(string sheet, string reference)
    {
        var formats = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!;
        formats.Append(new S.CellFormat { NumberFormatId = 14, ApplyNumberFormat = true });
        formats.Count = (uint)formats.ChildElements.Count;
        Cell(sheet, reference).StyleIndex = formats.Count - 1;
    }

    internal void DeleteSheet(string name)
    {
        var sheet = Sheets().First(s => s.Name == name);
        doc.WorkbookPart!.DeletePart(sheet.Id!.Value!);
        sheet.Remove();
    }

    public void Dispose() => doc.Dispose();

    private void Type(string sheet, uint row, string header, double? value)
    {
        if (value is { } v && !double.IsNaN(v))
        {
            SetCell(sheet, Ref(sheet, row, header), v);
        }
    }

    private void TypeRate(string sheet, uint row, string header, StatedRate? rate)
    {
        if (rate is { IsStated: true } r)
        {
            SetCell(sheet, Ref(sheet, row, header), r.IsExact ? r.Percent : r.ToString());
        }
    }

    private string? Column(string sheet, string header)
    {
        var row = Data(sheet).Elements<S.Row>().FirstOrDefault(r => r.RowIndex!.Value == 4);
        var cell = row?.Elements<S.Cell>().FirstOrDefault(c => c.InlineString?.InnerText == header);
        return cell is null ? null : new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
    }

    private IEnumerable<S.Sheet> Sheets() => doc.WorkbookPart!.Workbook!.Sheets!.Elements<S.Sheet>();

    private WorksheetPart Part(string sheet) => (WorksheetPart)doc.WorkbookPart!.GetPartById(Sheets().First(s => s.Name == sheet).Id!.Value!);

    private S.SheetData Data(string sheet) => Part(sheet).Worksheet!.GetFirstChild<S.SheetData>()!;

    private S.Cell Cell(string sheet, string reference)
    {
        var data = Data(sheet);
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        var row = data.Elements<S.Row>().FirstOrDefault(r => r.RowIndex!.Value == rowIndex);
        if (row is null)
        {
            row = new S.Row { RowIndex = rowIndex };
            var after = data.Elements<S.Row>().LastOrDefault(r => r.RowIndex!.Value < rowIndex);
            if (after is null)
            {
                data.PrependChild(row);
            }
            else
            {
                data.InsertAfter(row, after);
            }
        }

        var cell = row.Elements<S.Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        if (cell is null)
        {
            cell = new S.Cell { CellReference = reference };
            var col = Letters(reference);
            var next = row.Elements<S.Cell>().FirstOrDefault(c => Compare(Letters(c.CellReference!.Value!), col) > 0);
            if (next is null)
            {
                row.Append(cell);
            }
            else
            {
                row.InsertBefore(cell, next);
            }
        }

        return cell;
    }

    private static string Letters(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());

    private static int Compare(string a, string b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
}
