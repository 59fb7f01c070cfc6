namespace Analytics.Tests;

/// <summary>
/// A scratch folder for the files the tests write, one per test run, deleted when the test process ends, so that
/// runs leave nothing behind in the machine's temporary folder.
/// </summary>
internal static class Scratch
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("analytics-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a child process; the folder is left for the system to clean.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        };
        return root;
    });

    /// <summary>A path in the scratch folder that no other test uses: the prefix, a new GUID and the extension.</summary>
    internal static string Path(string prefix, string extension = "")
        => System.IO.Path.Combine(Root.Value, $"{prefix}-{Guid.NewGuid():N}{extension}");
}
