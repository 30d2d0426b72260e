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
    /// <summary><c>cloud.minimumProviders</c>, default 2.</summary>
    public static readonly ParameterDefinition MinimumProviders = new("cloud.minimumProviders", 2m, ParameterKind.Count,
        "CLOUD003 fires when the permitted clouds belong to at least this many parties.");

    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        CloudTermsFact terms = default!;

        When()
            .Match(() => parameters)
            .Match(() => terms,
                t => t.ExclusiveCloud == null,
                t => t.PermittedProviders.Count >= parameters[MinimumProviders])
            .Not<CloudTermsFact>(other => other.Scope == terms.Scope && other.Party.Id == terms.Party.Id && other.ExclusiveCloud != null);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{terms.Party.Name} keeps the freedom to use clouds of {terms.PermittedProviders.Count} providers: " +
                    $"{Wording.List(terms.PermittedProviders.Select(p => p.Name))}.")
                .About(new[] { terms.Party.Id }.Concat(terms.PermittedProviders.Select(p => p.Id)).ToArray())
                .With("permittedClouds", terms.PermittedClouds)
                .With("providers", terms.PermittedProviders.Select(p => p.Id))
                .From(terms.Pointer));
    }
}
