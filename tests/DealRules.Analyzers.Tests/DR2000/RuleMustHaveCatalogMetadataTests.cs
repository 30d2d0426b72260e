using DealRules.Analyzers.DR2000;
using DealRules.Analyzers.Tests.Support;
using DealRules.CodeFixes.DR2000;

namespace DealRules.Analyzers.Tests.DR2000;

public sealed class RuleMustHaveCatalogMetadataTests
{
    [Fact]
    public Task Rule_missing_attributes_is_reported_with_the_missing_ones() =>
        Verify<RuleMustHaveCatalogMetadata>.Analyzer(Verify<RuleMustHaveCatalogMetadata>.Usings + """
            using DealRules.Authoring;

            [RuleId("STRAT100")]
            [RuleTitle("Partly described")]
            public sealed class {|#0:PartlyDescribedRule|} : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """.Replace("{|#0:PartlyDescribedRule|}", "{|DR2001:PartlyDescribedRule|}", StringComparison.Ordinal));

    [Fact]
    public Task Fully_described_rule_and_projects_without_DealRules_are_not_reported()
    {
        const string Rule = """
            public sealed class PlainRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """;
        return Task.WhenAll(
            Verify<RuleMustHaveCatalogMetadata>.Analyzer(Verify<RuleMustHaveCatalogMetadata>.Usings + Rule, TestReferences.NRulesOnly),
            Verify<RuleMustHaveCatalogMetadata>.Analyzer(Verify<RuleMustHaveCatalogMetadata>.Usings + """
                using DealRules.Authoring;

                [RuleId("STRAT100")]
                [RuleTitle("Fully described")]
                [RuleCategory(Category.Strategic)]
                [RulePerspective(Perspective.Market)]
                [DefaultSeverity(Severity.Info)]
                """ + "\n" + Rule));
    }

    [Fact]
    public Task Fix_adds_the_missing_attributes_with_placeholders_including_fix_all() =>
        Verify<RuleMustHaveCatalogMetadata>.CodeFix<RuleMustHaveCatalogMetadataFix>(
            """
            using NRules.Fluent.Dsl;

            public sealed class {|DR2001:FirstRule|} : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            [DealRules.Authoring.RuleTitle("Second")]
            public sealed class {|DR2001:SecondRule|} : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """,
            """
            using NRules.Fluent.Dsl;
            using DealRules.Authoring;

            [RuleId("TODO001")]
            [RuleTitle("TODO: what the rule detects")]
            [RuleCategory(Category.Strategic)]
            [RulePerspective(Perspective.Market)]
            [DefaultSeverity(Severity.Info)]
            public sealed class FirstRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            [DealRules.Authoring.RuleTitle("Second")]
            [RuleId("TODO001")]
            [RuleCategory(Category.Strategic)]
            [RulePerspective(Perspective.Market)]
            [DefaultSeverity(Severity.Info)]
            public sealed class SecondRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """);
}
