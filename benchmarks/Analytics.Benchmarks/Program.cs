using Analytics.Benchmarks;
using BenchmarkDotNet.Running;

// `m3 [--r FILE] [--out FILE] [--methods a,b] [--dump FILE] [--holdout MONTHS]` runs the M3 accuracy harness; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "m3")
{
    return M3Harness.Run(args[1..]);
}

// `yearend-backtest [--out FILE] [--method NAME] [--from YEAR] [--to YEAR]`: the September year ends 2015–2024 against the published Decembers.
if (args.Length > 0 && args[0] == "yearend-backtest")
{
    return YearEndBacktest.Run(args[1..]);
}

// `make-panel FILE` writes the 2.4-million-row panel CSV the CSV benchmarks and the pandas scripts share.
if (args.Length == 2 && args[0] == "make-panel")
{
    BenchData.WritePanel(args[1]);
    return 0;
}

// `make-interchange CSV [PARQUET]` writes the same data as the interchange format (CSV, and Parquet when named).
if (args.Length is 2 or 3 && args[0] == "make-interchange")
{
    BenchData.WriteInterchange(args[1], args.Length == 3 ? args[2] : null);
    return 0;
}

// `make-archive CSV` writes the simulated ministry archive (about 19 million figures) and prints its row count.
if (args.Length == 2 && args[0] == "make-archive")
{
    Console.WriteLine(BenchData.WriteArchive(args[1]));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(GrowthPanelBenchmarks).Assembly).Run(args);
return 0;
