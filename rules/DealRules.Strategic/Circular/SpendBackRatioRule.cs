using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Circular;

/// <summary>
/// CIRC001: an investee commits to spend back with its investor a large part of what the investor put in.
/// Under format 2, commitments known only by capacity are valued at <c>capacity.dollarsPerGw</c> (and
/// the finding says the figure is estimated), and investments released on a milestone or a listing are
/// left out of the ratio and named in the evidence.
/// </summary>
[RuleId("CIRC001")]
[RuleTitle("Investment flows back as spend")]
[RuleCategory(Category.Circular)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
public sealed class SpendBackRatioRule : Rule
{
    /// <summary><c>circular.spendBackMedium</c>, default 0.5.</summary>
    public static readonly ParameterDefinition SpendBackMedium = new("circular.spendBackMedium", 0.5m, ParameterKind.Ratio,
        "CIRC001 fires (medium) at this spend-back ratio.") { AtMost = "circular.spendBackHigh" };

    /// <summary><c>circular.spendBackHigh</c>, default 1.0.</summary>
    public static readonly ParameterDefinition SpendBackHigh = new("circular.spendBackHigh", 1.0m, ParameterKind.Ratio,
        "CIRC001 is high at this spend-back ratio.");

    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        SpendBack flow = default!;

        When()
            .Match(() => parameters)
            .Match(() => flow, f => f.RatioAt(parameters[Capacity.DollarsPerGw]) >= parameters[SpendBackMedium]);

        Then()
            .Yield(ctx => ctx.Finding(flow.RatioAt(parameters[Capacity.DollarsPerGw]) >= parameters[SpendBackHigh] ? Severity.High : Severity.Medium,
                    $"{flow.Investee.Name} has committed {Wording.Money(flow.CommittedSum, flow.Currency, parameters[Capacity.DollarsPerGw])} to {flow.Investor.Name}, " +
                    $"{Wording.Ratio(flow.RatioAt(parameters[Capacity.DollarsPerGw]))}× {flow.Investor.Name}'s " +
                    $"{Wording.Money(flow.InvestedSum, flow.Currency, parameters[Capacity.DollarsPerGw])} investment in it" +
                    (flow.ConditionalInvested > 0 ? $" (a further {Wording.Money(flow.ConditionalInvested, flow.Currency)} is conditional and not counted)." : "."))
                .About(flow.Investor.Id, flow.Investee.Id)
                .With("spendBackRatio", flow.RatioAt(parameters[Capacity.DollarsPerGw]))
                .With("committedSpend", flow.CommittedSum, parameters[Capacity.DollarsPerGw])
                .With("invested", flow.InvestedSum, parameters[Capacity.DollarsPerGw])
                .With("conditionalInvested", flow.ConditionalInvested > 0 ? flow.ConditionalInvested : null)
                .WithCurrency(flow.Format, flow.Currency)
                .From(flow.Facts));
    }
}
