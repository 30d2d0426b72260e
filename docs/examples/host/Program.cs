using DealRules.Documents;
using DealRules.Engine;
using DealRules.Hosting;
using DealRules.Reporting;
using DealRules.Strategic;
using Microsoft.Extensions.DependencyInjection;

// Without a container: compile the catalog once and share the evaluator (it is thread-safe).
var evaluator = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());

var read = DealDocumentReader.ReadFile(args[0]);
if (!read.Succeeded)
{
    foreach (var problem in read.Problems)
    {
        Console.Error.WriteLine(problem);   // deal.json: $.investments[0].amount: -5 is negative; …
    }

    return 2;
}

var report = evaluator.Evaluate([read.Document]);
foreach (var finding in report.Findings)
{
    Console.Error.WriteLine($"{finding.Severity} {finding.RuleId}: {finding.Message}");
}

// With a container: one shared evaluator, its profile bound through the options pattern.
using var services = new ServiceCollection()
    .AddDealRules(RulePack.FromAssemblyOf<StrategicRules>(), options => options.Parameters["circular.spendBackHigh"] = 1.0m)
    .BuildServiceProvider();
var sameReport = services.GetRequiredService<DealEvaluator>().Evaluate([read.Document]);

Console.Write(ReportJsonWriter.ToJson(report));
return sameReport.Findings.Count == report.Findings.Count ? 0 : 1;
