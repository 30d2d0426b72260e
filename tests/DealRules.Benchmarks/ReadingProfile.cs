using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DealRules.Documents;
using DealRules.Input;
using DealRules.Portfolios;

namespace DealRules.Benchmarks;

/// <summary>
/// What reading and checking a folder's documents costs, warm and in memory: <c>reading DIR [PASSES]</c>
/// reads every file once, then times each phase over all of them <c>PASSES</c> times (default 7) and
/// prints the median wall time, the median CPU time of the process (on a shared machine, the steadier
/// figure for the one-thread phases) and the bytes allocated, per file. The files are not read from disk again,
/// so the figures are the reader's own. <c>reading DIR --allocations</c> prints instead which types
/// binding and validation allocate (<see cref="AllocationSampler"/>).
/// </summary>
internal static class ReadingProfile
{
    public static int Run(string[] args)
    {
        var folder = args[0];
        var passes = args.Length > 1 && args[1] != "--allocations" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var files = new FolderWalk(n => n.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).Walk(folder).Files;
        var bytes = files.Select(f => RegularFile.Read(f.Path, DealDocumentReader.MaximumBytes).Bytes!).ToArray();
        var names = files.Select(f => f.Path).ToArray();
        var deals = bytes.Select((b, i) => DealDocumentReader.Read(b, names[i]).Document!.Deal).ToArray();
        var inputs = bytes.Select((b, i) => DocumentInput.Of(names[i], b)).ToArray();
        var phases = new (string Name, Func<int> Work)[]
        {
            ("JSON parse alone (JsonDocument)", () =>
            {
                foreach (var b in bytes)
                {
                    using var json = JsonDocument.Parse(b);
                }

                return 0;
            }),
            ("parse and bind (no validation)", () =>
            {
                var bound = 0;
                for (var i = 0; i < bytes.Length; i++)
                {
                    using var json = JsonDocument.Parse(bytes[i]);
                    bound += DealBinder.Bind(json.RootElement, new ProblemCollector(names[i])) is null ? 0 : 1;
                }

                return bound;
            }),
            ("strict read (UTF-8 check, parse, bind, validate)", () => bytes.Select((b, i) => DealDocumentReader.Read(b, names[i]).Succeeded ? 1 : 0).Sum()),
            ("validation alone (FluentValidation)", () => deals.Sum(d => DealRules.Validation.DealValidator.Instance.Validate(d).Errors.Count)),
            ("library: read and check, 1 core", () => PortfolioReader.Read(inputs, new PortfolioReadOptions { MaxDegreeOfParallelism = 1 }).Documents.Count),
            ($"library: read and check, {Environment.ProcessorCount} cores", () => PortfolioReader.Read(inputs).Documents.Count),
            ("library: check only (validate), 1 core", () => PortfolioReader.Read(inputs, CheckOnly(1)).Documents.Count),
            ($"library: check only (validate), {Environment.ProcessorCount} cores", () => PortfolioReader.Read(inputs, CheckOnly(Environment.ProcessorCount)).Documents.Count),
        };

        if (args.Contains("--allocations"))
        {
            AllocationSampler.Print("parse and bind", () => phases[1].Work());
            AllocationSampler.Print("validation alone", () => phases[3].Work());
            return 0;
        }

        Console.WriteLine($"reading {files.Count:N0} files, median of {passes} warm passes, {CommandTable.Load()}");
        foreach (var (name, work) in phases)
        {
            work();
            var times = new List<double>();
            var cpu = new List<double>();
            long allocated = 0;
            using var process = Process.GetCurrentProcess();
            for (var pass = 0; pass < passes; pass++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                work();
                times.Add(watch.Elapsed.TotalMicroseconds / files.Count);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMicroseconds / files.Count);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            }

            times.Sort();
            cpu.Sort();
            Console.WriteLine($"  {name,-52} {times[times.Count / 2],7:0.0} µs a file {cpu[cpu.Count / 2],7:0.0} µs CPU  {allocated / files.Count,8:N0} bytes a file");
        }

        return 0;
    }

    /// <summary>What <c>dealrules validate</c> asks for (before <c>KeepDocuments</c>, it read as <c>evaluate</c> does).</summary>
    private static PortfolioReadOptions CheckOnly(int cores) => new() { MaxDegreeOfParallelism = cores, KeepDocuments = false };
}
