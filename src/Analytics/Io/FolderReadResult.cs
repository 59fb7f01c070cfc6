namespace Analytics.Io;

/// <summary>What <see cref="InputFolder.Read"/> made of a folder of months.</summary>
/// <param name="Result">The observations of every file read, each with its release, and every problem found, located by file.</param>
/// <param name="Files">The files read, in the order they were read.</param>
/// <param name="Skipped">The files of the folder that are not inputs (style.json, a .txt), by name.</param>
/// <param name="Repeated">How many figures were given identically in two files (the same figure of the same release), read once.</param>
public sealed record FolderReadResult(ReadResult Result, IReadOnlyList<string> Files, IReadOnlyList<string> Skipped, int Repeated)
{
    /// <summary>Returns the info line about the folder: the files read, those skipped and the repeated figures.</summary>
    /// <returns>One line.</returns>
    public string Summary()
    {
        var line = $"read {Files.Count} file(s): {string.Join(", ", Files.Select(Path.GetFileName))}";
        if (Repeated > 0)
        {
            line += $"; {Repeated} figure(s) given identically in two files, read once";
        }

        return line + (Skipped.Count > 0 ? $"; skipped (not an interchange file or input workbook): {string.Join(", ", Skipped)}." : ".");
    }
}
