using DealRules.Analyzers.DR2000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR2000;

public sealed class RuleIdMustBeWellFormedTests
{
    private static string Rule(string name, string id, string category) => $$"""
        [{{id}}]
        [RuleTitle("{{name}}")]
        [RuleCategory(Category.{{category}})]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]
        public sealed class {{name}} : Rule
        {
            public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
        }

        """;

    private const string Usings = "using DealRules.Authoring;\n";

    [Fact]
    public Task Malformed_id_wrong_prefix_and_duplicate_are_reported_on_the_attribute() =>
        Verify<RuleIdMustBeWellFormed>.Analyzer(Verify<RuleIdMustBeWellFormed>.Usings + Usings
            + Rule("LowerRule", "{|DR2002:RuleId(\"circ1\")|}", "Circular")
            + Rule("PrefixRule", "{|DR2002:RuleId(\"GOV001\")|}", "Circular")
            + Rule("FirstRule", "RuleId(\"CIRC001\")", "Circular")
            + Rule("SecondRule", "{|DR2002:RuleId(\"CIRC001\")|}", "Circular"));

    [Fact]
    public Task Distinct_well_formed_ids_are_correct() =>
        Verify<RuleIdMustBeWellFormed>.Analyzer(Verify<RuleIdMustBeWellFormed>.Usings + Usings
            + Rule("ChipRule", "RuleId(\"CHIP001\")", "Chip")
            + Rule("CloudRule", "RuleId(\"CLOUD001\")", "Cloud")
            + Rule("StratRule", "RuleId(\"STRAT001\")", "Strategic"));
}
