using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Fuzz;

/// <summary>
/// Makes mutants of a seed with a seeded <see cref="Random"/>: the same seed and index give the same mutant. Text files
/// get one to three text mutations; workbooks get their parts mutated inside the zip (or the zip itself cut or flipped).
/// </summary>
internal static partial class Mutator
{
    private static readonly string[] Numbers =
    [
        "1e400", "-1e400", "1e-400", new string('9', 400), "0", "-0", "-5", "-123456789", "1.234.567", "1,234,567", "1 234",
        "72.007", "2.032", "0.500", "NaN", "Infinity", "-∞", "0x1F", "١٢٣", "12%", "12%%", "+", "-", "", "1e308", "4.9e-324",
        "00000000000000000000001", "1.", ".5", "1,5", "1..2", "--1", "9223372036854775808",
    ];

    private static readonly string[] Periods =
    [
        "1000-01", "0001-01", "9999-12", "10000-01", "2023-13", "2023-00", "-2023-01", "2023-1", "2023-09-31", "2023/09",
        "2023-Q3", "1900-01", "2100-12", "2023",
    ];

    private static readonly string[] Controls = ["\0", "\u0001", "\u000B", "\u001F", "\r", "\u2028", "\uFEFF", "\uFFFE", "\u007F", "\t", "\n", "\u0085"];

    private static readonly string[] Xml =
    [
        "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">", "&a;", "</", "<c r=\"XFD1048576\" t=\"s\"><v>99999</v></c>",
        "<c t=\"b\"><v>1</v></c>", "<c t=\"e\"><v>#DIV/0!</v></c>", "<c t=\"d\"><v>2023-09-01</v></c>", "<c r=\"A0\"><v>1</v></c>",
        "<mergeCell ref=\"A1:XFD1048576\"/>", "<f>SUM(A1)</f>", "<c t=\"inlineStr\"><is><t>x</t></is></c>", " s=\"99999\"", " r=\"0\"",
        "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>",
    ];

    /// <summary>Makes a mutant of <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed input.</param>
    /// <param name="random">The generator (seeded per mutant).</param>
    /// <returns>The mutant's bytes and a short description of what was done.</returns>
    internal static (byte[] Bytes, string What) Mutate(Seed seed, Random random)
        => seed.IsZip ? MutateZip(seed.Bytes, random) : MutateText(seed.Bytes, random);

    private static (byte[] Bytes, string What) MutateText(byte[] bytes, Random random)
    {
        var count = random.Next(1, 4);
        var what = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (random.Next(8) == 0)
            {
                bytes = FlipBytes(bytes, random);
                what.Add("flip");
                continue;
            }

            var (text, step) = MutateString(Encoding.UTF8.GetString(bytes), random, xml: false);
            bytes = Encoding.UTF8.GetBytes(text);
            what.Add(step);
        }

        return (bytes, string.Join('+', what));
    }

    private static (byte[] Bytes, string What) MutateZip(byte[] bytes, Random random)
    {
        switch (random.Next(12))
        {
            case 0:
                return (bytes[..random.Next(bytes.Length)], "zip-truncate");
            case 1:
                return (FlipBytes(bytes, random), "zip-flip");
        }

        var entries = new List<(string Name, byte[] Content)>();
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                entries.Add((e.FullName, m.ToArray()));
            }
        }

        var xmlParts = entries.Select((e, i) => (e, i)).Where(p => p.e.Name.EndsWith(".xml", StringComparison.Ordinal) || p.e.Name.EndsWith(".rels", StringComparison.Ordinal)).Select(p => p.i).ToList();
        var at = xmlParts[random.Next(xmlParts.Count)];
        string what;
        switch (random.Next(10))
        {
            case 0:
                var other = xmlParts[random.Next(xmlParts.Count)];
                (entries[at], entries[other]) = ((entries[at].Name, entries[other].Content), (entries[other].Name, entries[at].Content));
                what = $"swap {entries[at].Name} {entries[other].Name}";
                break;
            case 1:
                what = "delete " + entries[at].Name;
                entries.RemoveAt(at);
                break;
            default:
                // Sheets and shared strings are where the figures are: mutate them most.
                var figures = xmlParts.Where(i => entries[i].Name.Contains("worksheets/", StringComparison.Ordinal) || entries[i].Name.Contains("sharedStrings", StringComparison.Ordinal)).ToList();
                if (figures.Count > 0 && random.Next(3) > 0)
                {
                    at = figures[random.Next(figures.Count)];
                }

                var (text, step) = MutateString(Encoding.UTF8.GetString(entries[at].Content), random, xml: true);
                entries[at] = (entries[at].Name, Encoding.UTF8.GetBytes(text));
                what = entries[at].Name + ":" + step;
                break;
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(content);
            }
        }

        return (output.ToArray(), what);
    }

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        if (copy.Length == 0)
        {
            return copy;
        }

        for (var i = random.Next(1, 5); i > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static (string Text, string What) MutateString(string text, Random random, bool xml)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(xml ? 11 : 10))
        {
            case 0 when lines.Count > 1:
                lines.RemoveAt(line);
                return (string.Join('\n', lines), "delete-line");
            case 1:
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), "duplicate-line");
            case 2 when lines.Count > 1:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (string.Join('\n', lines), "swap-lines");
            case 3:
                var fields = lines[line].Split(',').ToList();
                var f = random.Next(fields.Count);
                if (random.Next(2) == 0 && fields.Count > 1)
                {
                    fields.RemoveAt(f);
                }
                else
                {
                    fields.Insert(f, fields[f]);
                }

                lines[line] = string.Join(',', fields);
                return (string.Join('\n', lines), "field");
            case 4:
            case 5:
                return Replace(text, NumberPattern(), random, Numbers, "number");
            case 6:
                return Replace(text, PeriodPattern(), random, Periods, "period");
            case 7:
                return (Insert(text, random, random.Next(2) == 0 ? "\"" : "\"\""), "quote");
            case 8:
                return (Insert(text, random, Controls[random.Next(Controls.Length)]), "control");
            case 9 when !xml:
                return (text[..random.Next(text.Length + 1)], "truncate");
            case 9:
            case 10:
                return (Insert(text, random, Xml[random.Next(Xml.Length)]), "xml");
            default:
                return (Insert(text, random, Controls[random.Next(Controls.Length)]), "control");
        }
    }

    private static (string Text, string What) Replace(string text, Regex pattern, Random random, string[] choices, string what)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return (Insert(text, random, choices[random.Next(choices.Length)]), what + "-insert");
        }

        var m = matches[random.Next(matches.Count)];
        var with = choices[random.Next(choices.Length)];
        return (string.Concat(text.AsSpan(0, m.Index), with, text.AsSpan(m.Index + m.Length)), string.Create(CultureInfo.InvariantCulture, $"{what}({m.Value}->{with})"));
    }

    private static string Insert(string text, Random random, string what)
    {
        var at = random.Next(text.Length + 1);
        return string.Concat(text.AsSpan(0, at), what, text.AsSpan(at));
    }

    [GeneratedRegex(@"-?\d+(?:[.,]\d+)*(?:[eE][-+]?\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b\d{4}-\d{2}\b")]
    private static partial Regex PeriodPattern();
}
