using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class RuleClassMustBePublicTests
{
    [Fact]
    public Task Internal_rule_class_is_reported_on_its_name() =>
        Verify<RuleClassMustBePublic>.Analyzer(Verify<RuleClassMustBePublic>.Usings + """
            internal sealed class {|DR1001:HiddenRule|} : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """);

    [Fact]
    public Task Nested_public_rule_class_is_reported() =>
        Verify<RuleClassMustBePublic>.Analyzer(Verify<RuleClassMustBePublic>.Usings + """
            public static class Rules
            {
                public sealed class {|DR1001:NestedRule|} : Rule
                {
                    public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                }
            }
            """);

    [Fact]
    public Task Nested_rules_of_a_fixture_that_loads_them_itself_are_not_reported() =>
        Verify<RuleClassMustBePublic>.Analyzer(Verify<RuleClassMustBePublic>.Usings + """
            public sealed class AliasResolutionTest
            {
                private readonly NRules.Fluent.RuleRepository repository = new();

                public void Loads() => repository.Load(x => x.NestedTypes().From(typeof(RuleWithPropertyAlias)));

                public class RuleWithPropertyAlias : Rule
                {
                    public string Fact1 { get; set; } = null!;
                    public override void Define() { When().Match(() => Fact1); Then().Do(ctx => ctx.Halt()); }
                }
            }

            public sealed class ActivationTest
            {
                public Rule Create() => new PrivateRule();
                public Type Type() => typeof(Holder.OtherRule);

                private sealed class PrivateRule : Rule
                {
                    public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                }
            }

            public static class Holder
            {
                public sealed class {|DR1001:OtherRule|} : Rule
                {
                    public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                }
            }
            """);

    [Fact]
    public Task Public_top_level_rule_and_abstract_or_non_rule_classes_are_not_reported() =>
        Verify<RuleClassMustBePublic>.Analyzer(Verify<RuleClassMustBePublic>.Usings + """
            public sealed class VisibleRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            internal abstract class BaseRule : Rule
            {
            }

            internal sealed class NotARule
            {
                private sealed class Helper { }
            }
            """);

    [Fact]
    public Task Nothing_is_registered_without_NRules() =>
        Verify<RuleClassMustBePublic>.Analyzer("""
            internal sealed class Rule { }
            internal sealed class HiddenRule : Rule { }
            """.Replace("sealed class Rule", "class Rule", StringComparison.Ordinal), TestReferences.FrameworkOnly);
}

public sealed class RuleClassMustBePublicFixTests
{
    [Fact]
    public Task Fix_makes_internal_rules_public_and_moves_nested_ones_out_including_fix_all() =>
        Verify<RuleClassMustBePublic>.CodeFix<DealRules.CodeFixes.DR1000.RuleClassMustBePublicFix>(
            """
            using NRules.Fluent.Dsl;

            internal sealed class {|DR1001:HiddenRule|} : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            sealed class {|DR1001:BareRule|} : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            public static class Holder
            {
                public sealed class {|DR1001:NestedRule|} : Rule
                {
                    public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                }
            }
            """,
            """
            using NRules.Fluent.Dsl;

            public sealed class HiddenRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class BareRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            public static class Holder
            {
            }

            public sealed class NestedRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """);
}
