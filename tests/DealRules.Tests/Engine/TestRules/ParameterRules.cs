using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Tests.Engine.TestRules;

/// <summary>A rule that declares its threshold beside its Define(), reads a shared one, and reports at its default severity.</summary>
[RuleId("STRAT910")]
[RuleTitle("Deal with many parties")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Low)]
public sealed class ManyPartiesRule : Rule
{
    public static readonly ParameterDefinition MinimumParties = new("test.minimumParties", 2m, ParameterKind.Count, "Fires from this many parties.");

    public override void Define()
    {
        RuleParameters parameters = default!;
        DealFact deal = default!;
        When()
            .Match(() => parameters)
            .Match(() => deal, d => d.Parties.Count >= parameters[MinimumParties] && d.Parties.Count <= parameters[SharedThresholds.MaximumParties]);
        Then().Yield(ctx => ctx.Finding($"{deal.Parties.Count} parties").From(deal.StatusPointer));
    }
}

/// <summary>A parameter several rules read, declared once; the alias names the same declaration.</summary>
public static class SharedThresholds
{
    public static readonly ParameterDefinition MaximumParties = new("test.maximumParties", 100m, ParameterKind.Count, "Fires up to this many parties.");

    public static readonly ParameterDefinition Alias = MaximumParties;
}

/// <summary>Declares a name <see cref="ManyPartiesRule"/> declares too.</summary>
public static class DuplicateThreshold
{
    public static readonly ParameterDefinition MinimumParties = new("test.minimumParties", 3m, ParameterKind.Count, null);
}
