using DealRules.Documents;
using DealRules.Engine;

namespace DealRules.Portfolios;

/// <summary>What the standing portfolio indexes to find the group an edit touches and the products it must agree on.</summary>
public sealed partial class StandingPortfolio
{
    /// <summary>A product controlled here by another party than elsewhere in the portfolio (outside the groups compared alone).</summary>
    private IEnumerable<DocumentProblem> ProductProblems(DealDocument added, DealDocument? replaced)
    {
        var leaving = (replaced is null ? [] : ControlsOf(replaced.Deal)).ToLookup(c => c.Product, c => c.Controller);
        foreach (var (product, controller, location) in ControlsOf(added.Deal))
        {
            if (controllers.TryGetValue(product, out var held) && held.Controller != controller && held.Count > leaving[product].Count())
            {
                yield return new DocumentProblem(added.Source, location,
                    $"product '{product}' is controlled by '{controller}' here but by '{held.Controller}' elsewhere in the portfolio; " +
                    "a product is controlled by one party in every document of a portfolio");
            }
        }
    }

    private static IEnumerable<(string Product, string Controller, string Location)> ControlsOf(Model.Deal deal)
    {
        for (var i = 0; i < deal.Parties.Count; i++)
        {
            var party = deal.Parties[i];
            for (var j = 0; j < party.Clouds.Count; j++)
            {
                yield return (party.Clouds[j], party.Id, $"$.parties[{i}].clouds[{j}]");
            }

            for (var j = 0; j < party.Chips.Count; j++)
            {
                yield return (party.Chips[j], party.Id, $"$.parties[{i}].chips[{j}]");
            }
        }
    }

    private void Index(DealDocument document)
    {
        documents[document.Deal.Id] = document;
        foreach (var link in LinksOf(document.Deal))
        {
            if (!dealsLinkedBy.TryGetValue(link, out var deals))
            {
                dealsLinkedBy[link] = deals = new HashSet<string>(StringComparer.Ordinal);
            }

            deals.Add(document.Deal.Id);
        }

        foreach (var (product, controller, _) in ControlsOf(document.Deal))
        {
            controllers[product] = (controller, controllers.GetValueOrDefault(product).Count + 1);
        }
    }

    private void Unindex(DealDocument document)
    {
        documents.Remove(document.Deal.Id);
        groupOf.Remove(document.Deal.Id);
        // A document may name a link twice (its own id among those it supersedes or amends): the set holds it once.
        foreach (var link in LinksOf(document.Deal).Distinct(StringComparer.Ordinal))
        {
            var deals = dealsLinkedBy[link];
            deals.Remove(document.Deal.Id);
            if (deals.Count == 0)
            {
                dealsLinkedBy.Remove(link);
            }
        }

        foreach (var (product, _, _) in ControlsOf(document.Deal))
        {
            var held = controllers[product];
            if (held.Count == 1)
            {
                controllers.Remove(product);
            }
            else
            {
                controllers[product] = (held.Controller, held.Count - 1);
            }
        }
    }

    /// <summary>What connects a document to others, as <see cref="PortfolioComponents"/> reads it.</summary>
    private static IEnumerable<string> LinksOf(Model.Deal deal) =>
        deal.Parties.Select(p => p.Id).Append("#" + deal.Id).Concat(deal.Supersedes.Select(id => "#" + id)).Concat(deal.Amends.Select(id => "#" + id));
}
