namespace Analytics.Tables;

/// <summary>What the Word and Excel renderers put in a report beyond its text and tables.</summary>
public sealed record RenderOptions
{
    /// <summary>Gets the default options: the audit appendix and the charts included, no template.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>
    /// Gets a user's Word file (.docx) to write the report into, or null: its styles (Normal, Heading 1–3, Caption...),
    /// its page header and footer and its page setup are used, its body is replaced; styles the report needs and the
    /// template lacks are added. The command line's <c>--template FILE</c>.
    /// </summary>
    public string? TemplatePath { get; init; }

    /// <summary>Gets a value indicating whether the consistency audit is written, as an appendix (Word, HTML) or a sheet (Excel). The command line's <c>--no-audit</c> clears it.</summary>
    public bool IncludeAudit { get; init; } = true;

    /// <summary>Gets a value indicating whether the report's charts are drawn into the file.</summary>
    public bool IncludeCharts { get; init; } = true;
}
