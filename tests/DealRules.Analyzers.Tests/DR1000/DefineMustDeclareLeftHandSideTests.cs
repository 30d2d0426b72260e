using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class DefineMustDeclareLeftHandSideTests
{
    [Fact]
    public Task Define_with_only_actions_is_reported_on_Define() =>
        Verify<DefineMustDeclareLeftHandSide>.Analyzer(Verify<DefineMustDeclareLeftHandSide>.Usings + """
            public sealed class NoConditionsRule : Rule
            {
                public override void {|DR1003:Define|}()
                {
                    When();
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Each_kind_of_pattern_counts_as_a_left_hand_side() =>
        Verify<DefineMustDeclareLeftHandSide>.Analyzer(Verify<DefineMustDeclareLeftHandSide>.Usings + """
            public sealed class ExistsRule : Rule
            {
                public override void Define() { When().Exists<string>(s => s.Length > 0); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class NotRule : Rule
            {
                public override void Define() { When().Not<string>(); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class QueryRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<string> all = null!;
                    When().Query(() => all, q => q.Match<string>().Collect().Where(c => c.Any()));
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Authors_extension_method_on_the_left_hand_side_counts() =>
        Verify<DefineMustDeclareLeftHandSide>.Analyzer(Verify<DefineMustDeclareLeftHandSide>.Usings + """
            public static class Patterns
            {
                public static ILeftHandSideExpression LongText(this ILeftHandSideExpression lhs, System.Linq.Expressions.Expression<Func<string>> alias) =>
                    lhs.Match(alias, s => s.Length > 100);
            }

            public sealed class WrappedRule : Rule
            {
                public override void Define() { string text = null!; When().LongText(() => text); Then().Do(ctx => ctx.Halt()); }
            }
            """);

    [Fact]
    public Task Define_that_delegates_to_a_helper_or_base_is_not_reported() =>
        Verify<DefineMustDeclareLeftHandSide>.Analyzer(Verify<DefineMustDeclareLeftHandSide>.Usings + """
            public abstract class TemplateRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class DerivedRule : TemplateRule
            {
                public override void Define() => base.Define();
            }

            public sealed class HelperRule : Rule
            {
                public override void Define() { Conditions(When()); Then().Do(ctx => ctx.Halt()); }
                private static void Conditions(ILeftHandSideExpression lhs) { string s = null!; lhs.Match(() => s); }
            }
            """);

    [Fact]
    public Task When_handed_to_a_constructor_or_a_method_of_another_object_is_not_reported() =>
        Verify<DefineMustDeclareLeftHandSide>.Analyzer(Verify<DefineMustDeclareLeftHandSide>.Usings + """
            public sealed class OrderPatterns
            {
                private readonly ILeftHandSideExpression lhs;
                public OrderPatterns(ILeftHandSideExpression lhs) => this.lhs = lhs;
                public void Large() { string s = null!; lhs.Match(() => s, x => x.Length > 100); }
            }

            public sealed class Library
            {
                public void AddPatterns(object builder) { }
                public void AddPatterns(Func<ILeftHandSideExpression> when) { }
            }

            public sealed class ConstructorRule : Rule
            {
                public override void Define() { new OrderPatterns(When()).Large(); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class StoredRule : Rule
            {
                public override void Define() { var patterns = new OrderPatterns(When()); patterns.Large(); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class ObjectParameterRule : Rule
            {
                private readonly Library library = new();
                public override void Define() { library.AddPatterns((object)When()); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class MethodGroupRule : Rule
            {
                private readonly Library library = new();
                public override void Define() { library.AddPatterns(When); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class ThisRule : Rule
            {
                public override void Define() { Conditions.Add(this); Then().Do(ctx => ctx.Halt()); }
                internal ILeftHandSideExpression Lhs() => When();
            }

            public static class Conditions
            {
                public static void Add(ThisRule rule) { string s = null!; rule.Lhs().Match(() => s); }
            }
            """);

    [Fact]
    public Task When_kept_in_a_local_that_never_gets_a_pattern_is_reported() =>
        Verify<DefineMustDeclareLeftHandSide>.Analyzer(Verify<DefineMustDeclareLeftHandSide>.Usings + """
            public sealed class LocalRule : Rule
            {
                public override void {|DR1003:Define|}()
                {
                    var lhs = When();
                    lhs = When();
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);
}
