using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Cloud;

/// <summary>CLOUD001: a party may use only one cloud.</summary>
[RuleId("CLOUD001")]
[RuleTitle("Exclusive cloud")]
[RuleCategory(Category.Cloud)]
[RulePerspective(Perspective.Investee)]
[DefaultSeverity(Severity.High)]
public sealed class ExclusiveCloudRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CloudTermsFact terms = default!;

        When()
            .Match(() => terms, t => t.Terms.ExclusiveCloud != null);

        Then()
            .Yield(ctx => ctx.Finding(Severity.High,
                    $"{terms.Party.Name} may use only {CloudWording.Cloud(terms.Scope, terms.Terms.ExclusiveCloud!)}: no other cloud is open to it.")
                .About(CloudWording.PartyAndController(terms, terms.Terms.ExclusiveCloud!))
                .With("exclusiveCloud", terms.Terms.ExclusiveCloud)
                .With("controller", CloudWording.ControllerId(terms.Scope, terms.Terms.ExclusiveCloud!))
                .From(terms.Pointer));
    }
}
