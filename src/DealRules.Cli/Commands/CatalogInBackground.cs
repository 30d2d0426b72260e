using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Cli.Commands;

/// <summary>
/// The shipped catalog, compiled into its NRules network on another thread while <c>evaluate</c> reads
/// and checks the documents: compiling takes one core for a tenth of a second or more, and reading can
/// use the other. What needs only the pack (its parameters, a profile) has it at once; evaluating waits
/// for the compiled rules. A catalog that does not compile throws its <see cref="RulePackException"/>
/// from <see cref="Compiled"/>, as the evaluator's constructor would have.
/// </summary>
internal sealed class CatalogInBackground(RulePack pack) : IDealEvaluator
{
    private readonly Task<DealEvaluator> compiling = Task.Run(() => DealEvaluator.ForCatalog(pack));

    public RulePack Pack => pack;

    /// <summary>The default profile, as <see cref="DealEvaluator"/> has it when given none.</summary>
    public Profile DefaultProfile => Profile.Default;

    /// <summary>The compiled catalog, once it is compiled.</summary>
    /// <exception cref="RulePackException">The catalog does not compile.</exception>
    public DealEvaluator Compiled => compiling.GetAwaiter().GetResult();

    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile = null, CancellationToken cancellationToken = default) =>
        Compiled.Evaluate(documents, profile, cancellationToken);
}
