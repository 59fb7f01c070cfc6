using Analytics.Io;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks;

/// <summary>Importing the GSO monthly workbooks of 2022–2024 (36 files, six tables each), on both cores.</summary>
[MemoryDiagnoser]
public class GsoImportBenchmarks
{
    private string[] files = null!;

    [GlobalSetup]
    public void Setup()
        => files = [.. Directory.EnumerateFiles(Path.Combine(BenchData.RepositoryRoot(), "data", "gso", "workbooks"), "*.xlsx").Order(StringComparer.Ordinal)];

    [Benchmark(Description = "GsoWorkbook.ReadAll, 36 workbooks")]
    public int ReadAll() => GsoWorkbook.ReadAll(files).Observations.Count;

    [Benchmark(Description = "GsoWorkbook.Read, one workbook (2023-09)")]
    public int ReadOne() => GsoWorkbook.Read(files.Single(f => Path.GetFileName(f).StartsWith("2023-09", StringComparison.Ordinal))).Observations.Count;
}
