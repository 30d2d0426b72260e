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
    public Task Ordinary_NRules_rules_of_an_application_that_references_DealRules_are_not_reported() =>
        Verify<RuleMustHaveCatalogMetadata>.Analyzer(Verify<RuleMustHaveCatalogMetadata>.Usings + """
            using DealRules.Authoring;

            public sealed class OrdinaryRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            [RuleId("STRAT100")]
            [RuleTitle("Fully described")]
            [RuleCategory(Category.Strategic)]
            [RulePerspective(Perspective.Market)]
            [DefaultSeverity(Severity.Info)]
            public sealed class PackRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """);

    [Fact]
    public Task Every_rule_of_a_project_marked_a_rule_pack_is_reported() =>
        Verify<RuleMustHaveCatalogMetadata>.AnalyzerInRulePack(Verify<RuleMustHaveCatalogMetadata>.Usings + """
            public sealed class {|DR2001:BareRule|} : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """);

    private const string FixedSource = """
        using NRules.Fluent.Dsl;
        using DealRules.Authoring;

        [RuleId("STRAT001")]
        [RuleTitle("TODO: what the rule detects")]
        [RuleCategory(Category.Strategic)]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]
        public sealed class FirstRule : Rule
        {
            public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
        }

        [DealRules.Authoring.RuleTitle("Second")]
        [RuleId("STRAT002")]
        [RuleCategory(Category.Strategic)]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]
        public sealed class SecondRule : Rule
        {
            public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
        }

        [DealRules.Authoring.RuleCategory(DealRules.Authoring.Category.Circular)]
        [RuleId("CIRC002")]
        [RuleTitle("TODO: what the rule detects")]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]
        public sealed class ThirdRule : Rule
        {
            public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
        }

        [DealRules.Authoring.RuleId("CIRC001")]
        [DealRules.Authoring.RuleTitle("Taken")]
        [DealRules.Authoring.RuleCategory(DealRules.Authoring.Category.Circular)]
        [DealRules.Authoring.RulePerspective(DealRules.Authoring.Perspective.Market)]
        [DealRules.Authoring.DefaultSeverity(DealRules.Authoring.Severity.Info)]
        public sealed class TakenRule : Rule
        {
            public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
        }
        """;

    [Fact]
    public Task Fix_adds_the_missing_attributes_with_ids_that_pass_DR2002_including_fix_all() =>
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

            [DealRules.Authoring.RuleCategory(DealRules.Authoring.Category.Circular)]
            public sealed class {|DR2001:ThirdRule|} : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            [DealRules.Authoring.RuleId("CIRC001")]
            [DealRules.Authoring.RuleTitle("Taken")]
            [DealRules.Authoring.RuleCategory(DealRules.Authoring.Category.Circular)]
            [DealRules.Authoring.RulePerspective(DealRules.Authoring.Perspective.Market)]
            [DealRules.Authoring.DefaultSeverity(DealRules.Authoring.Severity.Info)]
            public sealed class TakenRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """,
            FixedSource,
            rulePack: true);

    [Fact]
    public Task Fix_all_numbers_rules_across_files_without_collisions() =>
        Verify<RuleMustHaveCatalogMetadata>.CodeFix<RuleMustHaveCatalogMetadataFix>(
            [
                ("/0/A.cs", """
                    using NRules.Fluent.Dsl;

                    [DealRules.Authoring.RuleTitle("A")]
                    public sealed class {|DR2001:ARule|} : Rule
                    {
                        public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                    }
                    """),
                ("/0/B.cs", """
                    using NRules.Fluent.Dsl;

                    [DealRules.Authoring.RuleTitle("B")]
                    public sealed class {|DR2001:BRule|} : Rule
                    {
                        public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                    }
                    """),
            ],
            [
                ("/0/A.cs", """
                    using NRules.Fluent.Dsl;
                    using DealRules.Authoring;

                    [DealRules.Authoring.RuleTitle("A")]
                    [RuleId("STRAT001")]
                    [RuleCategory(Category.Strategic)]
                    [RulePerspective(Perspective.Market)]
                    [DefaultSeverity(Severity.Info)]
                    public sealed class ARule : Rule
                    {
                        public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                    }
                    """),
                ("/0/B.cs", """
                    using NRules.Fluent.Dsl;
                    using DealRules.Authoring;

                    [DealRules.Authoring.RuleTitle("B")]
                    [RuleId("STRAT002")]
                    [RuleCategory(Category.Strategic)]
                    [RulePerspective(Perspective.Market)]
                    [DefaultSeverity(Severity.Info)]
                    public sealed class BRule : Rule
                    {
                        public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                    }
                    """),
            ]);

    [Fact]
    public Task Ids_the_fix_writes_pass_DR2002() =>
        Verify<RuleIdMustBeWellFormed>.AnalyzerInRulePack(FixedSource);
}
