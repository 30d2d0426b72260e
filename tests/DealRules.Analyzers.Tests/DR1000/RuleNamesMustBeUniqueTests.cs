using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class RuleNamesMustBeUniqueTests
{
    [Fact]
    public Task Same_name_from_attribute_and_from_Name_call_is_reported_on_the_second() =>
        Verify<RuleNamesMustBeUnique>.Analyzer(Verify<RuleNamesMustBeUnique>.Usings + """
            [Name("Large order")]
            public sealed class FirstRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class SecondRule : Rule
            {
                public override void Define() { Name({|DR1013:"Large order"|}); string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """);

    [Fact]
    public Task Distinct_names_and_default_names_are_correct() =>
        Verify<RuleNamesMustBeUnique>.Analyzer(Verify<RuleNamesMustBeUnique>.Usings + """
            [Name("Large order")]
            public sealed class FirstRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class SecondRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """);

    [Fact]
    public Task Nested_rules_of_test_fixtures_loaded_on_their_own_are_not_compared() =>
        Verify<RuleNamesMustBeUnique>.Analyzer(Verify<RuleNamesMustBeUnique>.Usings + """
            public sealed class MetadataTest
            {
                [Name("Rule with metadata")]
                public sealed class RuleWithMetadata : Rule
                {
                    public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                }
            }

            public sealed class LoadTest
            {
                [Name("Rule with metadata")]
                public sealed class TaggedRule : Rule
                {
                    public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
                }
            }
            """);
}
