using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Circular;

/// <summary>CIRC001: an investee commits to spend back with its investor a large part of what the investor put in.</summary>
[RuleId("CIRC001")]
[RuleTitle("Investment flows back as spend")]
[RuleCategory(Category.Circular)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
public sealed class SpendBackRatioRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        SpendBack flow = default!;

        When()
            .Match(() => parameters)
            .Match(() => flow, f => f.Ratio >= parameters[StrategicParameters.SpendBackMedium]);

        Then()
            .Yield(ctx => ctx.Finding(flow.Ratio >= parameters[StrategicParameters.SpendBackHigh] ? Severity.High : Severity.Medium,
                    $"{flow.Investee.Name} has committed {Wording.Money(flow.CommittedSpend, flow.Currency)} to {flow.Investor.Name}, " +
                    $"{Wording.Ratio(flow.Ratio)}× {flow.Investor.Name}'s {Wording.Money(flow.Invested, flow.Currency)} investment in it.")
                .About(flow.Investor.Id, flow.Investee.Id)
                .With("spendBackRatio", flow.Ratio)
                .With("committedSpend", flow.CommittedSpend)
                .With("invested", flow.Invested)
                .From(flow.Facts));
    }
}
