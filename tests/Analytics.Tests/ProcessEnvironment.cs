namespace Analytics.Tests;

/// <summary>
/// Tests that change the process's environment (PATH emptied to prove that charts need no browser) run alone: a test
/// running beside them that starts a program (LibreOffice, Chromium) would find no PATH and fail for no fault of its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process environment";
}
