using DealRules.Facts;

namespace DealRules.Tests.Facts;

public sealed class FactPointerComparerTests
{
    [Fact]
    public void Array_indexes_are_compared_as_numbers()
    {
        string[] pointers = ["d#/rights/10", "d#/rights/2", "d#/rights/1"];

        Assert.Equal(["d#/rights/1", "d#/rights/2", "d#/rights/10"], pointers.Order(FactPointerComparer.Instance));
    }

    [Fact]
    public void Deal_ids_come_before_paths()
    {
        string[] pointers = ["b#/investments/0", "a#/rights/0", "a#/investments/3"];

        Assert.Equal(["a#/investments/3", "a#/rights/0", "b#/investments/0"], pointers.Order(FactPointerComparer.Instance));
    }

    [Fact]
    public void A_pointer_precedes_the_pointers_inside_it()
    {
        Assert.True(FactPointerComparer.Instance.Compare("d#/ipo", "d#/ipo/party") < 0);
        Assert.True(FactPointerComparer.Instance.Compare("d#/ipo/party", "d#/ipo") > 0);
    }

    [Fact]
    public void Distinct_pointers_never_compare_equal()
    {
        // "01" and "1" are the same number: the spelling decides, so sorting is deterministic.
        var comparison = FactPointerComparer.Instance.Compare("d#/rights/01", "d#/rights/1");

        Assert.NotEqual(0, comparison);
        Assert.Equal(-comparison, FactPointerComparer.Instance.Compare("d#/rights/1", "d#/rights/01"));
        Assert.Equal(0, FactPointerComparer.Instance.Compare("d#/rights/1", "d#/rights/1"));
    }
}
