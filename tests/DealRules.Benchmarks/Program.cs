using BenchmarkDotNet.Running;
using DealRules.Benchmarks;

// `quick` prints one table of every figure in a few minutes; anything else goes to BenchmarkDotNet.
return args is ["quick", ..] ? QuickTable.Run(args.Skip(1).ToArray()) : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args);
    return 0;
}
