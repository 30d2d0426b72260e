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
            .Match(() => terms, t => t.FirstRefusalCloud != null);

        Then()
            .Yield(ctx => ctx.Finding($"{terms.Party.Name} must offer new work to {CloudWording.Cloud(terms, terms.FirstRefusalCloud!)} before any other cloud.")
                .About(CloudWording.PartyAndController(terms, terms.FirstRefusalCloud!))
                .With("firstRefusalCloud", terms.FirstRefusalCloud)
                .With("controller", CloudWording.ControllerId(terms, terms.FirstRefusalCloud!))
                .From(terms.Pointer));
    }
}
