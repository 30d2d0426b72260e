using DealRules.Model;

namespace DealRules.Baselines.HandWritten;

/// <summary>
/// One deal document as the document rules read it, straight from the model: who controls which cloud
/// and chip, who invests in whom, who commits spend to whom, and the JSON pointers of its entries.
/// A document has a handful of parties and entries, so its lookups are linear scans over the model's
/// arrays (cheaper than hashing at that size); what spans documents is hashed by the portfolio rules.
/// </summary>
internal sealed class DealIndex
{
    private readonly IReadOnlyList<Party> parties;
    private readonly IReadOnlyList<Investment> investments;
    private readonly IReadOnlyList<ComputeCommitment> commitments;

    public DealIndex(Deal deal, PortfolioIndex? portfolio = null)
    {
        Deal = deal;
        Id = deal.Id;
        parties = deal.Parties;
        investments = deal.Investments;
        commitments = deal.ComputeCommitments;
        if (portfolio is null)
        {
            return;
        }

        PartyNumbers = new int[parties.Count];
        for (var p = 0; p < parties.Count; p++)
        {
            PartyNumbers[p] = portfolio.Number(parties[p].Id);
        }
    }

    /// <summary>The portfolio's numbers of the document's parties, in declaration order (empty outside a portfolio).</summary>
    public int[] PartyNumbers { get; } = [];

    public Deal Deal { get; }

    public string Id { get; }

    /// <summary><c>DEALID#/section/index</c>, the pointer a finding cites.</summary>
    public string Pointer(string section, int index) => string.Concat(Id, "#/", section, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string Pointer(string path) => string.Concat(Id, "#/", path);

    /// <summary>The party declared with this id in the document, or null.</summary>
    public Party? PartyOf(string id)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].Id == id)
            {
                return parties[i];
            }
        }

        return null;
    }

    /// <summary>The portfolio's number of a party the document declares.</summary>
    public int NumberOf(string id)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].Id == id)
            {
                return PartyNumbers[i];
            }
        }

        throw new InvalidOperationException($"{Id}: party '{id}' is not declared.");
    }

    /// <summary>The id of the party that lists the cloud among its clouds, or null.</summary>
    public string? CloudController(string cloud)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (Lists(parties[i].Clouds, cloud))
            {
                return parties[i].Id;
            }
        }

        return null;
    }

    /// <summary>The id of the party that lists the chip family among its chips, or null.</summary>
    public string? ChipController(string chip)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (Lists(parties[i].Chips, chip))
            {
                return parties[i].Id;
            }
        }

        return null;
    }

    /// <summary>Whether the document has an investment from the investor in the investee.</summary>
    public bool Invests(string investor, string investee)
    {
        for (var i = 0; i < investments.Count; i++)
        {
            if (investments[i].Investor == investor && investments[i].Investee == investee)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The distinct investors of a party in this document, in the order they first invest.</summary>
    public List<string> InvestorsOf(string investee)
    {
        var found = new List<string>(2);
        for (var i = 0; i < investments.Count; i++)
        {
            if (investments[i].Investee == investee && !found.Contains(investments[i].Investor))
            {
                found.Add(investments[i].Investor);
            }
        }

        return found;
    }

    /// <summary>The distinct investor and investee pairs of the document, in the order they first appear.</summary>
    public List<(string Investor, string Investee)> InvestmentPairs()
    {
        var found = new List<(string, string)>(investments.Count);
        for (var i = 0; i < investments.Count; i++)
        {
            var pair = (investments[i].Investor, investments[i].Investee);
            if (!found.Contains(pair))
            {
                found.Add(pair);
            }
        }

        return found;
    }

    /// <summary>The pointers of every investment from the investor in the investee, in document order.</summary>
    public IEnumerable<string> InvestmentPointers(string investor, string investee)
    {
        for (var i = 0; i < investments.Count; i++)
        {
            if (investments[i].Investor == investor && investments[i].Investee == investee)
            {
                yield return Pointer("investments", i);
            }
        }
    }

    /// <summary>The indexes of the commitments the investee makes to its investor (buyer: investee, provider: investor).</summary>
    public List<int> CommitmentsBack(string investor, string investee)
    {
        var found = new List<int>();
        for (var i = 0; i < commitments.Count; i++)
        {
            if (commitments[i].Buyer == investee && commitments[i].Provider == investor)
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>The disclosed amount of those commitments (an undisclosed one adds nothing, and is not zero either).</summary>
    public decimal DisclosedSum(List<int> commitmentIndexes, out int disclosed)
    {
        var sum = 0m;
        disclosed = 0;
        foreach (var i in commitmentIndexes)
        {
            if (commitments[i].Amount is { } amount)
            {
                sum += amount;
                disclosed++;
            }
        }

        return sum;
    }

    /// <summary>The distinct parties that control the permitted clouds, in id order.</summary>
    public List<string> PermittedProviders(CloudTerms terms)
    {
        var providers = new List<string>(terms.PermittedClouds.Count);
        foreach (var cloud in terms.PermittedClouds)
        {
            if (CloudController(cloud) is { } controller && !providers.Contains(controller))
            {
                providers.Add(controller);
            }
        }

        providers.Sort(StringComparer.Ordinal);
        return providers;
    }

    /// <summary>Whether any cloud terms of the document name an exclusive cloud for the party.</summary>
    public bool HasExclusiveCloud(string party)
    {
        foreach (var terms in Deal.CloudTerms)
        {
            if (terms.Party == party && terms.ExclusiveCloud is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Lists(IReadOnlyList<string> products, string product)
    {
        for (var i = 0; i < products.Count; i++)
        {
            if (products[i] == product)
            {
                return true;
            }
        }

        return false;
    }
}
