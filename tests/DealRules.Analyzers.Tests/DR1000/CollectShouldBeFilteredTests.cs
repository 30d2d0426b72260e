using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;
using DealRules.CodeFixes.DR1000;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class CollectShouldBeFilteredTests
{
    [Fact]
    public Task Unfiltered_Collect_is_reported_on_Collect() =>
        Verify<CollectShouldBeFiltered>.Analyzer(Verify<CollectShouldBeFiltered>.Usings + """
            public sealed class AllRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<string> texts = null!;
                    When().Query(() => texts, q => q.Match<string>().{|DR1012:Collect|}());
                    Then().Do(ctx => Console.WriteLine(texts.Count()));
                }
            }
            """);

    [Fact]
    public Task Filtered_Collect_and_GroupBy_are_correct() =>
        Verify<CollectShouldBeFiltered>.Analyzer(Verify<CollectShouldBeFiltered>.Usings + """
            public sealed class SomeRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<string> texts = null!;
                    IGrouping<int, string> group = null!;
                    When()
                        .Query(() => texts, q => q.Match<string>().Collect().Where(c => c.Any()))
                        .Query(() => group, q => q.Match<string>().GroupBy(s => s.Length));
                    Then().Do(ctx => Console.WriteLine(texts.Count() + group.Key));
                }
            }
            """);

    [Fact]
    public Task Collection_filtered_by_Having_by_Let_then_Having_or_by_Filter_is_correct() =>
        Verify<CollectShouldBeFiltered>.Analyzer(Verify<CollectShouldBeFiltered>.Usings + """
            public sealed class HavingRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<string> texts = null!;
                    When().Query(() => texts, q => q.Match<string>().Collect()).Having(() => texts.Any());
                    Then().Do(ctx => Console.WriteLine(texts.Count()));
                }
            }

            public sealed class LetHavingRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<string> texts = null!;
                    int count = 0;
                    When()
                        .Query(() => texts, q => q.Match<string>().Collect())
                        .Let(() => count, () => texts.Count())
                        .Having(() => count > 0);
                    Then().Do(ctx => Console.WriteLine(count));
                }
            }

            public sealed class FilterRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<string> texts = null!;
                    When().Query(() => texts, q => q.Match<string>().Collect());
                    Filter().Where(() => texts.Any());
                    Then().Do(ctx => Console.WriteLine(texts.Count()));
                }
            }
            """);

    [Fact]
    public Task A_Let_computed_from_the_collection_is_not_a_filter_on_its_own() =>
        Verify<CollectShouldBeFiltered>.Analyzer(Verify<CollectShouldBeFiltered>.Usings + """
            public sealed class LetOnlyRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<string> texts = null!;
                    int count = 0;
                    When()
                        .Query(() => texts, q => q.Match<string>().{|DR1012:Collect|}())
                        .Let(() => count, () => texts.Count());
                    Filter().OnChange(() => count);
                    Then().Do(ctx => Console.WriteLine(count));
                }
            }
            """);

    [Fact]
    public Task Fix_appends_a_non_empty_filter_including_fix_all() =>
        Verify<CollectShouldBeFiltered>.CodeFix<CollectShouldBeFilteredFix>(
            """
            using System.Collections.Generic;
            using NRules.Fluent.Dsl;

            public sealed class AllRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<string> texts = null!;
                    IEnumerable<int> numbers = null!;
                    When()
                        .Query(() => texts, q => q.Match<string>().{|DR1012:Collect|}())
                        .Query(() => numbers, q => q.Match<int>().{|DR1012:Collect|}());
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """,
            """
            using System.Collections.Generic;
            using NRules.Fluent.Dsl;
            using System.Linq;

            public sealed class AllRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<string> texts = null!;
                    IEnumerable<int> numbers = null!;
                    When()
                        .Query(() => texts, q => q.Match<string>().Collect().Where(c => c.Any()))
                        .Query(() => numbers, q => q.Match<int>().Collect().Where(c => c.Any()));
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);
}
