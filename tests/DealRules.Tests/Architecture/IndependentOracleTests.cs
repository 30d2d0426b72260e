using DealRules.Baselines;
using NetArchTest.Rules;

namespace DealRules.Tests.Architecture;

/// <summary>
/// The hand-written catalog and the RulesEngine peer are oracles for the engine: a bug in the engine's
/// fact building must not show up on both sides of a parity test. So nothing in DealRules.Baselines
/// may use the engine's facts, the code that builds, groups or reads them, or the rules' money helpers.
/// </summary>
public sealed class IndependentOracleTests
{
    /// <summary>The engine's fact building: the facts themselves and every engine or authoring type that derives them.</summary>
    private static readonly string[] FactBuilding =
    [
        "DealRules.Facts",
        "DealRules.Engine.FactBuilder",
        "DealRules.Engine.FactGrouping",
        "DealRules.Engine.FactSelection",
        "DealRules.Engine.FormatTwoFacts",
        "DealRules.Engine.MoneyReading",
        "DealRules.Engine.PortfolioComponents",
        "DealRules.Engine.PortfolioFacts",
        "DealRules.Engine.Supersession",
        "DealRules.Authoring.ExactMath",
        "DealRules.Authoring.FastQuotient",
        "DealRules.Authoring.WideDivision",
        "DealRules.Authoring.MoneySum",
    ];

    [Fact]
    public void The_baselines_share_nothing_with_the_engines_fact_building()
    {
        var result = Types.InAssembly(typeof(HandWrittenCatalog).Assembly).Should().NotHaveDependencyOnAny(FactBuilding).GetResult();

        Assert.True(result.IsSuccessful,
            $"DealRules.Baselines types use the engine's fact building ({string.Join(", ", FactBuilding)}): {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
