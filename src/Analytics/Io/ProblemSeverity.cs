namespace Analytics.Io;

/// <summary>How serious a problem found in an input is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input was loaded, but the user should look: something is unusual or was handled on their behalf.</summary>
    Warning = 0,

    /// <summary>The input cannot be used as it is; nothing from the file is used until it is fixed.</summary>
    Error = 1,
}
