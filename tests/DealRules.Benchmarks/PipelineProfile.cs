using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Input;
using DealRules.Portfolios;
using DealRules.Reporting;
using DealRules.Strategic;

namespace DealRules.Benchmarks;

/// <summary>
/// Where the time of <c>evaluate FOLDER</c> goes, phase by phase, in one process: <c>pipeline DIR</c>
/// runs each phase over every file of the folder, once cold (as the command does) and once warm,
/// with a stopwatch around each phase.
/// </summary>
internal static class PipelineProfile
{
    public static int Run(string[] args)
    {
        var folder = args[0];
        for (var round = 0; round < 2; round++)
        {
            var times = new List<(string Phase, TimeSpan Time)>();
            var watch = Stopwatch.StartNew();
            T Time<T>(string phase, Func<T> work)
            {
                watch.Restart();
                var result = work();
                times.Add((phase, watch.Elapsed));
                return result;
            }

            var files = Time("walk the folder", () => new FolderWalk(n => n.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).Walk(folder).Files);
            var bytes = Time("read the files", () => files.Select(f => RegularFile.Read(f.Path, DealDocumentReader.MaximumBytes).Bytes!).ToArray());
            Time("SHA-256 of each file", () => bytes.Select(b => SHA256.HashData(b)).ToArray());
            Time("JSON parse alone (JsonDocument)", () =>
            {
                foreach (var b in bytes)
                {
                    using var json = JsonDocument.Parse(b);
                }

                return 0;
            });
            var documents = Time("strict read (UTF-8 check, parse, bind, validate)", () => bytes.Select((b, i) => DealDocumentReader.Read(b, files[i].Path).Document!).ToArray());
            Time("validation alone (FluentValidation)", () =>
            {
                foreach (var d in documents)
                {
                    DealRules.Validation.DealValidator.Instance.Validate(d.Deal);
                }

                return 0;
            });
            Time("consistency across documents", () => PortfolioConsistency.Check(documents).Errors.Count);
            var evaluator = Time("compile the catalog", () => new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()));
            var batches = Time("group by parties", () => PortfolioComponents.Batches(PortfolioComponents.Of(documents), 2_000).ToList());
            var selection = FactSelection.All;
            Time("fact building alone", () => batches.Sum(b => PortfolioComponents.Batches(PortfolioComponents.Of(b), 16).Sum(s => FactBuilder.Build(s, selection, 1).Count)));
            var reports = Time("evaluate (facts and engine)", () => batches.Select(b => evaluator.Evaluate(b)).ToList());
            using var spool = new ReportSpool(null, renderJson: true);
            Time("spool the findings (with their JSON)", () =>
            {
                reports.ForEach(spool.Add);
                return 0;
            });
            Time("write the JSON report", () =>
            {
                using var output = new FileStream(Path.Combine(Path.GetTempPath(), $"pipeline-profile-{Environment.ProcessId}.json"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                spool.WriteJson(output);
                return output.Length;
            });
            var inputs = files.Select(f => DocumentInput.File(f.Path)).ToArray();
            foreach (var cores in new[] { 1, Environment.ProcessorCount })
            {
                var portfolio = Time($"library: read and check, {cores} core(s)", () => PortfolioReader.Read(inputs, new PortfolioReadOptions { MaxDegreeOfParallelism = cores }));
                using var pipelineSpool = new ReportSpool(null, renderJson: true);
                Time($"library: evaluate into the spool, {cores} core(s)", () => portfolio.Evaluate(evaluator, pipelineSpool, new PortfolioEvaluationOptions { MaxDegreeOfParallelism = cores }).Count);
            }

            Console.WriteLine($"{(round == 0 ? "cold" : "warm")}, {files.Count:N0} files:");
            foreach (var (phase, time) in times)
            {
                Console.WriteLine($"  {phase,-52} {time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture),7} ms  {time.TotalMicroseconds / files.Count,6:0.0} µs a file");
            }
        }

        return 0;
    }
}
