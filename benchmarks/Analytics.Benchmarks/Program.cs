using Analytics.Benchmarks;
using BenchmarkDotNet.Running;

// `m3 [--r FILE] [--out FILE]` runs the M3 accuracy harness; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "m3")
{
    return M3Harness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(GrowthPanelBenchmarks).Assembly).Run(args);
return 0;
