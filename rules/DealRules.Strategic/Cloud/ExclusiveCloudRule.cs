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
            .Match(() => terms, t => t.ExclusiveCloud != null);

        Then()
            .Yield(ctx => ctx.Finding($"{terms.Party.Name} may use only {CloudWording.Cloud(terms, terms.ExclusiveCloud!)}: no other cloud is open to it.")
                .About(CloudWording.PartyAndController(terms, terms.ExclusiveCloud!))
                .With("exclusiveCloud", terms.ExclusiveCloud)
                .With("controller", CloudWording.ControllerId(terms, terms.ExclusiveCloud!))
                .From(terms.Pointer));
    }
}
