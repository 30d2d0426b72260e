using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class PatternAliasMustBeLocalTests
{
    private const string Model = """
        public sealed class Driver { public int Age { get; set; } }
        public sealed class Quote { public Driver Driver { get; set; } = null!; public decimal Price { get; set; } }

        """;

    [Fact]
    public Task Alias_that_is_not_a_variable_field_or_property_is_reported_on_the_lambda_body() =>
        Verify<PatternAliasMustBeLocal>.Analyzer(Verify<PatternAliasMustBeLocal>.Usings + Model + """
            public sealed class ExpressionAliasRule : Rule
            {
                private const int Limit = 3;

                public override void Define()
                {
                    object any = null!;
                    When()
                        .Match(() => {|DR1005:Make()|})
                        .Match(() => {|DR1005:(Quote)any|})
                        .Let(() => {|DR1005:Limit|}, () => 4);
                    Then().Do(ctx => ctx.Halt());
                }

                private static Quote Make() => new();
            }
            """);

    [Fact]
    public Task Properties_fields_and_statics_of_the_rule_class_are_valid_aliases() =>
        Verify<PatternAliasMustBeLocal>.Analyzer(Verify<PatternAliasMustBeLocal>.Usings + Model + """
            public sealed class PropertyAliasRule : Rule
            {
                public Quote Quote { get; set; } = null!;
                public Driver Driver { get; set; } = null!;

                public override void Define()
                {
                    When().Match(() => Quote).Let(() => Driver, () => Quote.Driver).Having(() => Driver.Age < 25);
                    Then().Do(ctx => ctx.Update(Quote));
                }
            }

            public sealed class StaticAliasRule : Rule
            {
                public static Quote Quote { get; set; } = null!;
                private static Driver driver = null!;
                private Quote other = null!;

                public override void Define()
                {
                    When().Match(() => Quote).Match(() => driver, d => d == Quote.Driver).Match(() => this.other!, o => o.Driver == driver);
                    Then().Do(ctx => ctx.Halt());
                }
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
    public Task Alias_bound_before_an_Or_and_again_in_one_branch_is_reported_in_the_branch() =>
        Verify<PatternAliasMustBeLocal>.Analyzer(Verify<PatternAliasMustBeLocal>.Usings + Model + """
            public sealed class OrRebindRule : Rule
            {
                public override void Define()
                {
                    Quote quote = null!;
                    Driver driver = null!;
                    When()
                        .Match(() => quote)
                        .Or(x => x
                            .Match(() => {|DR1005:quote|}, q => q.Price > 1000)
                            .Match(() => driver, d => d.Age < 25));
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Pattern_and_dependency_with_one_name_are_reported() =>
        Verify<PatternAliasMustBeLocal>.Analyzer(Verify<PatternAliasMustBeLocal>.Usings + Model + """
            public interface IPricing { decimal Price(Quote quote); }

            public sealed class SameNameRule : Rule
            {
                public override void Define()
                {
                    IPricing pricing = null!;
                    Dependency().Resolve(() => pricing);
                    When().Match(() => {|DR1005:pricing|});
                    Then().Do(ctx => Console.WriteLine(pricing.Price(null!)));
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
                public override void Define()
                {
                    string text = null!;
                    IEnumerable<string> all = null!;
                    When().Match(() => text)
                        .Query(() => all, q => q.Match<string>().Collect().Where(c => c.Any()))
                        .Let(() => {|DR1005:all.Count()|}, () => text.Length)
                        .Query(() => {|DR1005:all|}, q => q.Match<string>().Collect().Where(c => c.Any()));
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);
}
