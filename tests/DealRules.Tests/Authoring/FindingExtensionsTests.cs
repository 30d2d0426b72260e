using DealRules.Authoring;

namespace DealRules.Tests.Authoring;

public sealed class FindingExtensionsTests
{
    [Fact]
    public void From_keeps_the_first_of_repeated_facts_and_names_each_deal_once_in_order()
    {
        var finding = new Finding().From("b#/investments/1", "a#/rights/0").From("a#/rights/0", "b#/investments/1", "c", "b#/investments/0");

        Assert.Equal(["b#/investments/1", "a#/rights/0", "c", "b#/investments/0"], finding.Facts);
        Assert.Equal(["a", "b", "c"], finding.DealIds);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void From_keeps_distinct_facts_in_order_and_sorted_deal_ids_however_many(int count)
    {
        // A few facts are deduplicated by scans, many by sets: both must give what the plain definition gives.
        var pointers = Enumerable.Range(0, count).Select(i => $"deal-{(i * 5) % 7}#/investments/{i % 13}").ToArray();

        var finding = new Finding().From(pointers[..(count / 2)]).From(pointers[(count / 2)..]);

        Assert.Equal(pointers.Distinct(StringComparer.Ordinal), finding.Facts);
        Assert.Equal(pointers.Select(p => p[..p.IndexOf('#')]).Distinct().Order(StringComparer.Ordinal), finding.DealIds);
    }

    [Fact]
    public void With_replaces_a_value_in_its_place()
    {
        var finding = new Finding().With("a", 1m).With("b", "x").With("a", 2m);

        Assert.Equal(["a", "b"], finding.Evidence.Values.Select(v => v.Key));
        Assert.Equal(2m, finding.Evidence["a"]);
    }
}
