using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Cloud;

/// <summary>CLOUD003: with no exclusivity, a party keeps clouds of several distinct providers.</summary>
[RuleId("CLOUD003")]
[RuleTitle("Multi-cloud freedom kept")]
[RuleCategory(Category.Cloud)]
[RulePerspective(Perspective.Investee)]
[DefaultSeverity(Severity.Info)]
public sealed class MultiCloudFreedomRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        CloudTermsFact terms = default!;

        When()
            .Match(() => parameters)
            .Match(() => terms,
                t => t.Terms.ExclusiveCloud == null,
                t => t.PermittedProviders.Count >= parameters[StrategicParameters.CloudMinimumProviders])
            .Not<CloudTermsFact>(other => other.Scope == terms.Scope && other.Terms.Party == terms.Terms.Party && other.Terms.ExclusiveCloud != null);

        Then()
            .Yield(ctx => ctx.Finding(Severity.Info,
                    $"{terms.Party.Name} keeps the freedom to use clouds of {terms.PermittedProviders.Count} providers: " +
                    $"{Wording.List(terms.PermittedProviders.Select(p => p.Name))}.")
                .About(new[] { terms.Party.Id }.Concat(terms.PermittedProviders.Select(p => p.Id)).ToArray())
                .With("permittedClouds", terms.Terms.PermittedClouds)
                .With("providers", terms.PermittedProviders.Select(p => p.Id))
                .From(terms.Pointer));
    }
}
