using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;
using DealRules.Reporting;
using DealRules.Strategic;

namespace DealRules.Tests.Support;

/// <summary>One evaluator for the whole test run, as a host would share it.</summary>
internal static class Evaluation
{
    // Compiled as the command compiles it (DealEvaluator.ForCatalog): every engine test runs the delegates users run.
    private static readonly Lazy<DealEvaluator> Shared = new(() => DealEvaluator.ForCatalog(RulePack.FromAssemblyOf<StrategicRules>()));

    public static DealEvaluator Evaluator => Shared.Value;

    public static EvaluationReport Evaluate(params DealDocument[] documents) => Evaluator.Evaluate(documents);

    public static EvaluationReport Evaluate(Profile profile, params DealDocument[] documents) => Evaluator.Evaluate(documents, profile);

    /// <summary>Evaluates deals built in code, each checked as a document first.</summary>
    public static EvaluationReport Evaluate(params Model.Deal[] deals) => Evaluator.Evaluate(deals.Select(TestDeals.Document).ToArray());

    /// <summary>Evaluates deals built in code under a profile of the given parameter values.</summary>
    public static EvaluationReport Evaluate(IReadOnlyDictionary<string, decimal> parameters, params Model.Deal[] deals) =>
        Evaluator.Evaluate(deals.Select(TestDeals.Document).ToArray(), new Profile("test", parameters));
}
