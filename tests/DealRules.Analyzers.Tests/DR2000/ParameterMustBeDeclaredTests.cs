using DealRules.Analyzers.DR2000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR2000;

public sealed class ParameterMustBeDeclaredTests
{
    private const string Pack = """
        using DealRules.Authoring;

        [assembly: RuleParameter(Names.Threshold, 50, ParameterKind.Percent)]

        public static class Names
        {
            public const string Threshold = "test.threshold";
            public const string Typo = "test.treshold";
        }

        """;

    [Fact]
    public Task Undeclared_parameter_is_reported() =>
        Verify<ParameterMustBeDeclared>.Analyzer(Verify<ParameterMustBeDeclared>.Usings + Pack + """
            [RuleId("STRAT100")]
            [RuleTitle("Threshold")]
            [RuleCategory(Category.Strategic)]
            [RulePerspective(Perspective.Market)]
            [DefaultSeverity(Severity.Info)]
            public sealed class ThresholdRule : Rule
            {
                public override void Define()
                {
                    RuleParameters parameters = null!;
                    int value = 0;
                    When().Match(() => parameters).Match(() => value, v => v > parameters[{|DR2003:Names.Typo|}] && v < parameters[{|DR2003:"other.name"|}]);
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "over"));
                }
            }
            """);

    [Fact]
    public Task Declared_parameter_and_own_id_are_correct() =>
        Verify<ParameterMustBeDeclared>.Analyzer(Verify<ParameterMustBeDeclared>.Usings + Pack + """
            [RuleId("STRAT100")]
            [RuleTitle("Threshold")]
            [RuleCategory(Category.Strategic)]
            [RulePerspective(Perspective.Market)]
            [DefaultSeverity(Severity.Info)]
            public sealed class ThresholdRule : Rule
            {
                public override void Define()
                {
                    RuleParameters parameters = null!;
                    int value = 0;
                    When().Match(() => parameters).Match(() => value, v => v > parameters[Names.Threshold]);
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "over"));
                }
            }
            """);
}
