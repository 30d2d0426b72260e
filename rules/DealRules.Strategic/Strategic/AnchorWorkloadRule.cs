using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Strategic;

/// <summary>
/// STRAT001: an investee's commitments to its investor, in one document, are large enough to anchor the
/// investor's AI business. Under format 2 commitments known only by capacity count at
/// <c>capacity.dollarsPerGw</c>; STRAT002 adds up commitments staged over several documents.
/// </summary>
[RuleId("STRAT001")]
[RuleTitle("Investor secures an anchor AI workload")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Investor)]
[DefaultSeverity(Severity.Info)]
public sealed class AnchorWorkloadRule : Rule
{
    /// <summary><c>strategic.anchorAmount</c>, default 10,000,000,000; STRAT002 reads it too.</summary>
    public static readonly ParameterDefinition AnchorAmount = new("strategic.anchorAmount", 10_000_000_000m, ParameterKind.Amount,
        "STRAT001 fires when an investee's commitments to its investor reach this amount; STRAT002 when staged commitments do.");

    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        InvestorLink link = default!;

        When()
            .Match(() => parameters)
            .Match(() => link, l => l.CommittedBackSum.ValueAt(parameters[Capacity.DollarsPerGw]) >= parameters[AnchorAmount]);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{link.Investee.Name} has committed {Wording.Money(link.CommittedBackSum, link.Currency, parameters[Capacity.DollarsPerGw])} to its investor " +
                    $"{link.Investor.Name}: an anchor AI workload for {link.Investor.Name}.")
                .About(link.Investor.Id, link.Investee.Id)
                .With("committedSpend", link.CommittedBackSum, parameters[Capacity.DollarsPerGw])
                .WithCurrency(link.Format, link.Currency)
                .From(link.InvestmentPointers)
                .From(link.CountedCommitmentPointers));
    }
}
