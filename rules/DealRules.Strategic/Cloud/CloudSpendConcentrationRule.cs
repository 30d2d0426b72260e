using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Cloud;

/// <summary>CLOUD004: across the portfolio, one provider receives most of a buyer's disclosed commitments.</summary>
[RuleId("CLOUD004")]
[RuleTitle("Compute spend concentrated on one provider")]
[RuleCategory(Category.Cloud)]
[RulePerspective(Perspective.Investee)]
[DefaultSeverity(Severity.Low)]
public sealed class CloudSpendConcentrationRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        ProviderShare share = default!;

        When()
            .Match(() => parameters)
            .Match(() => share,
                s => s.ProviderCount >= 2,
                s => s.SharePercent >= parameters[StrategicParameters.CloudConcentrationPercent]);

        Then()
            .Yield(ctx => ctx.Finding(Severity.Low,
                    $"{share.Provider.Name} receives {Wording.Percent(share.SharePercent)} ({Wording.Money(share.Amount, share.Currency)}) of " +
                    $"{share.Buyer.Name}'s {Wording.Money(share.BuyerTotal, share.Currency)} of commitments across {share.ProviderCount} providers.")
                .About(share.Buyer.Id, share.Provider.Id)
                .With("sharePercent", share.SharePercent)
                .With("providerAmount", share.Amount)
                .With("totalCommitted", share.BuyerTotal)
                .With("providers", share.ProviderCount)
                .From(share.Facts));
    }
}
