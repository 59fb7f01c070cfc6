using Analytics.Io;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks;

/// <summary>
/// Reading the 2.4-million-row interchange file (the panel's data as <c>indicator,breakdown,period,value,unit,mom_pct,
/// yoy_pct,status</c>) into <see cref="Observations.ObservationColumns"/>, from the CSV and from the Parquet: the
/// allocation beside the data's own size as doubles plus keys is the memory measure of the interchange path. And the
/// whole job part by part (<see cref="Tables.GrowthInParts"/>): what it allocates in all, most of it freed young.
/// </summary>
[MemoryDiagnoser]
public class InterchangeLoadBenchmarks
{
    private string csv = null!;
    private string parquet = null!;

    [GlobalSetup]
    public void Setup() => (csv, parquet) = BenchData.InterchangeFiles();

    [Benchmark(Baseline = true, Description = "InterchangeColumns.TryRead, the CSV")]
    public int Csv() => InterchangeColumns.TryRead(csv)?.Value.Count ?? -1;

    [Benchmark(Description = "InterchangeColumns.TryReadParquet, the Parquet")]
    public int Parquet() => InterchangeColumns.TryReadParquet(parquet)?.Value.Count ?? -1;

    [Benchmark(Description = "GrowthInParts.TryWriteCsv, the CSV (read, growth, table written to nowhere)")]
    public long CsvInParts() => Tables.GrowthInParts.TryWriteCsv(csv, TextWriter.Null)?.Value ?? -1;

    [Benchmark(Description = "GrowthInParts.TryWriteCsv, the Parquet (read, growth, table written to nowhere)")]
    public long ParquetInParts() => Tables.GrowthInParts.TryWriteCsv(parquet, TextWriter.Null)?.Value ?? -1;
}
