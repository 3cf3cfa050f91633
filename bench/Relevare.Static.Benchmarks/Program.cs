using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project bench/Relevare.Static.Benchmarks -- --filter '*'
// The corpus comes from ../shared/bench/make-corpus.sh (RELEVARE_BENCH_PAGES pages, default 500), or from an
// existing folder named by RELEVARE_BENCH_CORPUS (holding content/*.md).
BenchmarkSwitcher.FromAssembly(typeof(Relevare.Static.Benchmarks.BenchmarkCorpus).Assembly).Run(args);
