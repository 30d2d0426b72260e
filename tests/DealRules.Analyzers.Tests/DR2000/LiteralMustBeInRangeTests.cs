using DealRules.Analyzers.DR2000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR2000;

public sealed class LiteralMustBeInRangeTests
{
    private const string Model = """
        public sealed class Share { public decimal SharePercent { get; init; } public decimal Ratio { get; init; } public decimal? Amount { get; init; } }

        """;

    [Fact]
    public Task Percent_outside_0_to_100_and_negative_ratio_or_amount_are_reported() =>
        Verify<LiteralMustBeInRange>.AnalyzerInRulePack(Verify<LiteralMustBeInRange>.Usings + Model + """
            public sealed class RangeRule : Rule
            {
                public override void Define()
                {
                    Share share = null!;
                    When().Match(() => share,
                        s => s.SharePercent >= {|DR2004:150|},
                        s => {|DR2004:-1|} < s.SharePercent,
                        s => s.Ratio > {|DR2004:-0.5m|},
                        s => s.Amount >= {|DR2004:-1_000|});
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Literals_in_range_are_correct() =>
        Verify<LiteralMustBeInRange>.AnalyzerInRulePack(Verify<LiteralMustBeInRange>.Usings + Model + """
            public sealed class RangeRule : Rule
            {
                public override void Define()
                {
                    Share share = null!;
                    When().Match(() => share, s => s.SharePercent >= 80 && s.SharePercent <= 100, s => s.Ratio >= 0.5m, s => s.Amount > 0);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Ordinary_rules_outside_a_pack_are_not_reported() =>
        Verify<LiteralMustBeInRange>.Analyzer(Verify<LiteralMustBeInRange>.Usings + Model + """
            public sealed class AppRule : Rule
            {
                public override void Define()
                {
                    Share share = null!;
                    When().Match(() => share, s => s.SharePercent >= 150);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task A_rule_with_catalog_metadata_is_pack_code_in_any_project() =>
        Verify<LiteralMustBeInRange>.Analyzer(Verify<LiteralMustBeInRange>.Usings + Model + """
            [DealRules.Authoring.RuleId("STRAT100")]
            public sealed class CatalogRule : Rule
            {
                public override void Define()
                {
                    Share share = null!;
                    When().Match(() => share, s => s.SharePercent >= {|DR2004:150|});
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);
}
