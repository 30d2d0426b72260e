using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class PatternAliasMustBeLocalTests
{
    [Fact]
    public Task Alias_that_names_a_field_is_reported_on_the_lambda_body() =>
        Verify<PatternAliasMustBeLocal>.Analyzer(Verify<PatternAliasMustBeLocal>.Usings + """
            public sealed class FieldAliasRule : Rule
            {
                private string text = null!;
                public override void Define() { When().Match(() => {|DR1005:text|}); Then().Do(ctx => ctx.Halt()); }
            }
            """);

    [Fact]
    public Task Alias_bound_twice_in_one_and_scope_is_reported_on_the_second() =>
        Verify<PatternAliasMustBeLocal>.Analyzer(Verify<PatternAliasMustBeLocal>.Usings + """
            public sealed class TwiceRule : Rule
            {
                public override void Define()
                {
                    string text = null!;
                    When().Match(() => text, t => t.Length > 1).And(x => x.Match(() => {|DR1005:text|}, t => t.Length < 9));
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Or_branches_may_bind_the_same_alias() =>
        Verify<PatternAliasMustBeLocal>.Analyzer(Verify<PatternAliasMustBeLocal>.Usings + """
            public sealed class BranchesRule : Rule
            {
                public override void Define()
                {
                    string text = null!;
                    int number = 0;
                    When().Or(x => x
                        .Match(() => text, t => t.Length > 10)
                        .Match(() => text, t => t.StartsWith("!"))
                        .And(y => y.Match(() => text).Match(() => number, n => n == text.Length)));
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Query_and_Let_aliases_are_checked_too() =>
        Verify<PatternAliasMustBeLocal>.Analyzer(Verify<PatternAliasMustBeLocal>.Usings + """
            public sealed class LetRule : Rule
            {
                private static int length;
                public override void Define()
                {
                    string text = null!;
                    IEnumerable<string> all = null!;
                    When().Match(() => text)
                        .Query(() => all, q => q.Match<string>().Collect().Where(c => c.Any()))
                        .Let(() => {|DR1005:length|}, () => text.Length);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);
}
