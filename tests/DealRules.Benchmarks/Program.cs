using BenchmarkDotNet.Running;
using DealRules.Benchmarks;

// `quick` prints one table of every figure in a few minutes, `limit` only the engine beside the hand-written catalog, `sandbox` the cost of isolating a pack, `observation` that of
// explain and coverage, `html [SCREENSHOT.png]` the HTML report's time to open and lay out in headless Chromium,
// `folder DIR COUNT [dense PARTIES]` generated documents as files, `pipeline DIR` where the time of evaluating a folder goes,
// `command [--cli DIR] [--before DIR] [--count N]` the whole command timed from outside; anything else goes to BenchmarkDotNet.
return args switch
{
    ["quick", ..] => QuickTable.Run(args.Skip(1).ToArray()),
    ["limit"] => LimitTable.Run(),
    ["sandbox"] => SandboxTable.Run(),
    ["observation"] => ObservationTable.Run(),
    ["html", ..] => HtmlTable.Run(args.Skip(1).ToArray()),
    ["folder", ..] => FolderGenerator.Run(args.Skip(1).ToArray()),
    ["pipeline", var folder] => PipelineProfile.Run([folder]),
    ["command", ..] => CommandTable.Run(args.Skip(1).ToArray()),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args);
    return 0;
}
