using DealRules.Analyzers.DR2000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR2000;

public sealed class ParameterMustBeDeclaredTests
{
    private const string Metadata = """
        [RuleId("STRAT100")]
        [RuleTitle("Threshold")]
        [RuleCategory(Category.Strategic)]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]

        """;

    private const string AssemblyPack = """
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
        Verify<ParameterMustBeDeclared>.Analyzer(Verify<ParameterMustBeDeclared>.Usings + AssemblyPack + Metadata + """
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
    public Task Parameter_declared_on_the_assembly_is_correct() =>
        Verify<ParameterMustBeDeclared>.Analyzer(Verify<ParameterMustBeDeclared>.Usings + AssemblyPack + Metadata + """
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

    [Fact]
    public Task Parameter_declared_beside_the_rule_is_correct_through_its_field_and_by_name() =>
        Verify<ParameterMustBeDeclared>.Analyzer(Verify<ParameterMustBeDeclared>.Usings + "using DealRules.Authoring;\n\n" + Metadata + """
            public sealed class ThresholdRule : Rule
            {
                public static readonly ParameterDefinition Threshold = new("test.threshold", 50m, ParameterKind.Percent, "Fires at this share.");

                public override void Define()
                {
                    RuleParameters parameters = null!;
                    int value = 0;
                    When().Match(() => parameters).Match(() => value, v => v > parameters[Threshold] && v < parameters["test.threshold"] && v > parameters[Shared.Floor]);
                    Then().Yield(ctx => ctx.Finding("over"));
                }
            }

            public static class Shared
            {
                public static readonly ParameterDefinition Floor = new(Names.Floor, 1m, ParameterKind.Amount, null);
            }

            public static class Names
            {
                public const string Floor = "test.floor";
            }
            """);

    [Fact]
    public Task Definition_that_is_no_static_readonly_field_of_the_pack_is_reported() =>
        Verify<ParameterMustBeDeclared>.Analyzer(Verify<ParameterMustBeDeclared>.Usings + "using DealRules.Authoring;\n\n" + Metadata + """
            public sealed class ThresholdRule : Rule
            {
                public static readonly ParameterDefinition Threshold = new("test.threshold", 50m, ParameterKind.Percent, "Fires at this share.");
                private static ParameterDefinition Mutable => new("test.mutable", 1m, ParameterKind.Ratio, null);

                public override void Define()
                {
                    RuleParameters parameters = null!;
                    int value = 0;
                    When().Match(() => parameters).Match(() => value,
                        v => v > parameters[{|DR2003:new ParameterDefinition("test.inline", 1m, ParameterKind.Ratio, null)|}]
                             && v > parameters[{|DR2003:Mutable|}]
                             && v > parameters[{|DR2003:"test.typo"|}]
                             && v > parameters[Threshold]);
                    Then().Yield(ctx => ctx.Finding("over"));
                }
            }
            """);

    [Fact]
    public Task A_declaration_whose_name_is_not_constant_silences_reads_by_name() =>
        Verify<ParameterMustBeDeclared>.Analyzer(Verify<ParameterMustBeDeclared>.Usings + "using DealRules.Authoring;\n\n" + Metadata + """
            public sealed class ThresholdRule : Rule
            {
                public static readonly ParameterDefinition Threshold = new(string.Concat("test.", "threshold"), 50m, ParameterKind.Percent, null);

                public override void Define()
                {
                    RuleParameters parameters = null!;
                    int value = 0;
                    When().Match(() => parameters).Match(() => value, v => v > parameters["test.threshold"] && v > parameters[Threshold]);
                    Then().Yield(ctx => ctx.Finding("over"));
                }
            }
            """);
}
