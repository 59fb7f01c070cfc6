using Analytics.Observations;

namespace Analytics.Tests;

/// <summary>Paths of the bundled data, copied beside the test assembly.</summary>
internal static class TestData
{
    internal static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "data", relative);

    internal static string BadInput(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "BadInputs", name);

    internal static ObservationStore Seed()
        => new(Analytics.Io.InterchangeFormat.Read(Path("thai-binh/2023-09.csv")).ThrowIfErrors());
}
