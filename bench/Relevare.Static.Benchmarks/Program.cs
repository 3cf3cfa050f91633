using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project bench/Relevare.Static.Benchmarks -- --filter '*'
// The corpus comes from ../shared/bench/make-corpus.sh (RELEVARE_BENCH_PAGES pages, default 500), or from an
// existing folder named by RELEVARE_BENCH_CORPUS (holding content/*.md).
// --file-calls [ROUNDS]: .NET's file calls against the Linux fast path, interleaved (FileCallBenchmarks).
if (args is ["--file-calls", ..])
{
    Relevare.Static.Benchmarks.FileCallBenchmarks.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Relevare.Static.Benchmarks.BenchmarkCorpus).Assembly).Run(args);
