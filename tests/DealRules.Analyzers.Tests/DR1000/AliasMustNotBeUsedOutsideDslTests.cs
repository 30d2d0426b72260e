using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class AliasMustNotBeUsedOutsideDslTests
{
    [Fact]
    public Task Alias_dereferenced_assigned_or_passed_on_in_Define_is_reported() =>
        Verify<AliasMustNotBeUsedOutsideDsl>.Analyzer(Verify<AliasMustNotBeUsedOutsideDsl>.Usings + """
            public sealed class EagerRule : Rule
            {
                public override void Define()
                {
                    string text = null!;
                    When().Match(() => text, t => t.Length > {|DR1006:text|}.Length);
                    var copy = {|DR1006:text|}.Trim();
                    {|DR1006:text|} = "x";
                    Console.WriteLine({|DR1006:text|});
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """.Replace("t => t.Length > {|DR1006:text|}.Length", "t => t.Length > 0", StringComparison.Ordinal));

    [Fact]
    public Task Alias_used_in_conditions_and_actions_is_fine() =>
        Verify<AliasMustNotBeUsedOutsideDsl>.Analyzer(Verify<AliasMustNotBeUsedOutsideDsl>.Usings + """
            public sealed class CorrectRule : Rule
            {
                public override void Define()
                {
                    string text = null!;
                    int number = default;
                    When()
                        .Match(() => text, t => t.Length > 0)
                        .Match(() => number, n => n == text.Length)
                        .Or(x => x.Exists<string>(s => s == text));
                    Then().Do(ctx => Console.WriteLine(text + nameof(number)));
                }
            }
            """);

    [Fact]
    public Task Alias_handed_to_an_authors_DSL_extension_is_fine() =>
        Verify<AliasMustNotBeUsedOutsideDsl>.Analyzer(Verify<AliasMustNotBeUsedOutsideDsl>.Usings + """
            public sealed class Claim { public string Name { get; set; } = ""; }

            public static class DslExtensions
            {
                public static IRightHandSideExpression Warning(this IRightHandSideExpression rhs, Claim claim, string message) =>
                    rhs.Do(ctx => Console.WriteLine(claim.Name + message));
            }

            public sealed class WarningRule : Rule
            {
                public override void Define()
                {
                    Claim claim = null!;
                    When().Match(() => claim);
                    Then().Warning(claim, "Self insured name does not match");
                }
            }
            """);
}
