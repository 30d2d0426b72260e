using BenchmarkDotNet.Running;
using DealRules.Benchmarks;

// `quick` prints one table of every figure in a few minutes, `limit` only the engine beside the hand-written catalog, `sandbox` the cost of isolating a pack, `observation` that of
// explain and coverage, `html [SCREENSHOT.png]` the HTML report's time to open and lay out in headless Chromium,
// `folder DIR COUNT [dense PARTIES]` generated documents as files, `pipeline DIR` where the time of evaluating a folder goes, `reading DIR [PASSES]` reading and checking alone (µs and bytes a file),
// `command [--cli DIR] [--before DIR] [--count N] [--rounds N]` the whole command timed from outside, `round2 [cores|dense|standing]
// [--small]` only the quick table's rows for round 2 of issue 18 (both cores, dense doublings, a standing portfolio); anything else goes to BenchmarkDotNet.
return args switch
{
    ["quick", ..] => QuickTable.Run(args.Skip(1).ToArray()),
    ["limit"] => LimitTable.Run(),
    ["round2", ..] => Round2(args.Skip(1).ToArray()),
    ["sandbox"] => SandboxTable.Run(),
    ["observation"] => ObservationTable.Run(),
    ["html", ..] => HtmlTable.Run(args.Skip(1).ToArray()),
    ["folder", ..] => FolderGenerator.Run(args.Skip(1).ToArray()),
    ["pipeline", var folder] => PipelineProfile.Run([folder]),
    ["reading", ..] => ReadingProfile.Run(args.Skip(1).ToArray()),
    ["command", ..] => CommandTable.Run(args.Skip(1).ToArray()),
    ["engine", ..] => EngineProfile.Run(args.Skip(1).ToArray()),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args);
    return 0;
}

static int Round2(string[] args)
{
    bool Wanted(string part) => !args.Any(a => a is "cores" or "dense" or "standing" or "phases") || args.Contains(part);
    Console.WriteLine($"DealRules round-2 rows — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}, {CommandTable.Load()}");
    if (Wanted("cores"))
    {
        CoresTable.AddRows();
    }

    if (args.Contains("phases"))
    {
        CoresPhases.AddRows();
    }

    if (Wanted("dense"))
    {
        DenseTable.AddRows();
    }

    if (Wanted("standing"))
    {
        StandingTable.AddRows(args.Contains("--small") ? 10_000 : 100_000);
    }

    QuickTable.Print();
    return 0;
}
