using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Cloud;

/// <summary>CLOUD002: a cloud must be offered a party's new work first.</summary>
[RuleId("CLOUD002")]
[RuleTitle("Right of first refusal for a cloud")]
[RuleCategory(Category.Cloud)]
[RulePerspective(Perspective.Investee)]
[DefaultSeverity(Severity.Medium)]
public sealed class FirstRefusalCloudRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CloudTermsFact terms = default!;

        When()
            .Match(() => terms, t => t.Terms.FirstRefusalCloud != null);

        Then()
            .Yield(ctx => ctx.Finding(Severity.Medium,
                    $"{terms.Party.Name} must offer new work to {CloudWording.Cloud(terms.Scope, terms.Terms.FirstRefusalCloud!)} before any other cloud.")
                .About(CloudWording.PartyAndController(terms, terms.Terms.FirstRefusalCloud!))
                .With("firstRefusalCloud", terms.Terms.FirstRefusalCloud)
                .With("controller", CloudWording.ControllerId(terms.Scope, terms.Terms.FirstRefusalCloud!))
                .From(terms.Pointer));
    }
}
