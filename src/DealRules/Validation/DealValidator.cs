using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>Checks a bound deal document against every rule of the deal document format.</summary>
internal sealed class DealValidator : AbstractValidator<Deal>
{
    public static readonly DealValidator Instance = new();

    /// <summary>The key under which the caller says that <c>$.parties</c> could not be read whole.</summary>
    public const string PartiesUnreadable = "partiesUnreadable";

    private DealValidator()
    {
        // A check of the whole deal, not RuleFor(d => d.SchemaVersion).InclusiveBetween(1, 2): FluentValidation's rule
        // over an int is generic code over a value type that the ReadyToRun image cannot hold, about 40 methods
        // compiled on first use at every start.
        RuleFor(d => d).Custom((deal, context) =>
        {
            if (deal.SchemaVersion is < 1 or > 2)
            {
                context.Fail("SchemaVersion", $"schemaVersion {deal.SchemaVersion} is not supported; expected 1 or 2");
            }
        });
        RuleFor(d => d.Id).Custom((id, context) =>
        {
            if (!CommonRules.IsId(id))
            {
                context.Fail("Id", CommonRules.NotAnId(id));
            }
        });
        RuleFor(d => d.Title).NotEmpty().When(d => d.Title is not null).WithMessage("expected a non-empty title");
        RuleFor(d => d.Currency).Custom((code, context) =>
        {
            if (!CommonRules.IsCurrency(code))
            {
                context.Fail("Currency", CommonRules.NotACurrency(code));
            }
        });

        RuleFor(d => d.Parties).Must(p => p.Count >= 2)
            .WithMessage(d => $"a deal needs at least two parties; found {d.Parties.Count}");
        RuleFor(d => d.Parties).Custom(PartyRules.Check).Custom(PartyIdsAreUnique).Custom(ProductsHaveOneController);

        // Each list of parts is checked by one rule, not by a child validator run for every part
        // (see DealPart for what that saves and why the messages are the same).
        RuleFor(d => d.Investments).Custom(InvestmentRules.Check);
        RuleFor(d => d.ComputeCommitments).Custom(CommitmentRules.Check);
        RuleFor(d => d.ChipMandates).Custom(ChipMandateRules.Check);
        RuleFor(d => d.CloudTerms).Custom(CloudTermsRules.Check);
        RuleFor(d => d.Rights).Custom(RightRules.Check);
        RuleFor(d => d.Ipo).Custom(IpoRules.Check);
        RuleFor(d => d.RelatedStakes).Custom(StakeRules.Check);
        RuleFor(d => d.Sources).Custom(SourceRules.Check);

        RuleFor(d => d.Supersedes).Custom((ids, context) => LinksAreIds(ids, context, "Supersedes"));
        RuleFor(d => d.Amends).Custom((ids, context) => LinksAreIds(ids, context, "Amends"));
        RuleFor(d => d.Supersedes).Custom((ids, context) => NamedOnce(ids, context, "Supersedes"));
        RuleFor(d => d.Amends).Custom((ids, context) => NamedOnce(ids, context, "Amends"));
        RuleFor(d => d.Amends).Custom(NotAlsoSuperseded);
        RuleFor(d => d.Hires).Custom(HireRules.Check);
    }

    /// <summary>Up to this many parties, ids are compared pair by pair instead of through a dictionary made for the document.</summary>
    private const int FewParties = 16;

    private static void PartyIdsAreUnique(IReadOnlyList<Party> parties, ValidationContext<Deal> context)
    {
        var first = parties.Count > FewParties ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].Id is not { } id)
            {
                continue;
            }

            if (first is null ? FirstIndexOf(parties, id, i) is var earlier and >= 0 : first.TryGetValue(id, out earlier))
            {
                context.Fail($"Parties[{i}].Id", $"party id '{Input.Echo.Shorten(id)}' is declared twice; first at $.parties[{earlier}]");
            }
            else
            {
                first?.Add(id, i);
            }
        }
    }

    /// <summary>The first party before <paramref name="before"/> with this id; -1 when none.</summary>
    private static int FirstIndexOf(IReadOnlyList<Party> parties, string id, int before)
    {
        for (var j = 0; j < before; j++)
        {
            if (string.Equals(parties[j].Id, id, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Each id a document supersedes or amends is an id, and not its own (each id's problems in that order).</summary>
    private static void LinksAreIds(IReadOnlyList<string> ids, ValidationContext<Deal> context, string property)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!CommonRules.IsId(ids[i]))
            {
                context.Fail($"{property}[{i}]", CommonRules.NotAnId(ids[i]));
            }

            if (ids[i] == context.InstanceToValidate.Id)
            {
                context.Fail($"{property}[{i}]", CommonRules.NamesItself(ids[i]));
            }
        }
    }

    private static void NotAlsoSuperseded(IReadOnlyList<string> amends, ValidationContext<Deal> context)
    {
        var supersedes = context.InstanceToValidate.Supersedes;
        for (var i = 0; i < amends.Count && supersedes.Count > 0; i++)
        {
            if (supersedes.Contains(amends[i]))
            {
                context.Fail($"Amends[{i}]", $"'{amends[i]}' is also in supersedes; a document either replaces an earlier one or adds to it");
            }
        }
    }

    private static void NamedOnce(IReadOnlyList<string> ids, ValidationContext<Deal> context, string property)
    {
        if (ids.Count < 2)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is { } id && !seen.Add(id))
            {
                context.Fail($"{property}[{i}]", $"'{id}' is named twice; name each document once");
            }
        }
    }

    /// <summary>Up to this many products (clouds and chips of all parties), each is compared with those before it instead of looked up in a dictionary made for the document.</summary>
    private const int FewProducts = 16;

    private static void ProductsHaveOneController(IReadOnlyList<Party> parties, ValidationContext<Deal> context)
    {
        var controller = CountProducts(parties) > FewProducts ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < parties.Count; i++)
        {
            for (var l = 0; l < 2; l++)
            {
                var (list, products) = l == 0 ? ("Clouds", parties[i].Clouds) : ("Chips", parties[i].Chips);
                for (var j = 0; j < products.Count; j++)
                {
                    var product = products[j];
                    if (product is null || parties[i].Id is not { } id)
                    {
                        continue;
                    }

                    // The controller is the party of the product's first mention: a later mention by the same party
                    // keeps it, and one by another party is reported without taking it.
                    var owner = controller is null ? FirstController(parties, product, i, l, j) : controller.GetValueOrDefault(product);
                    if (owner is not null && owner != id)
                    {
                        context.Fail($"Parties[{i}].{list}[{j}]", $"product '{Input.Echo.Shorten(product)}' is already controlled by '{Input.Echo.Shorten(owner)}'; a product is controlled by at most one party");
                    }
                    else
                    {
                        controller?.TryAdd(product, id);
                    }
                }
            }
        }
    }

    private static int CountProducts(IReadOnlyList<Party> parties)
    {
        var count = 0;
        for (var i = 0; i < parties.Count; i++)
        {
            count += parties[i].Clouds.Count + parties[i].Chips.Count;
        }

        return count;
    }

    /// <summary>The id of the first party, before the mention at (<paramref name="party"/>, <paramref name="list"/>, <paramref name="index"/>), that names <paramref name="product"/>; null when none.</summary>
    private static string? FirstController(IReadOnlyList<Party> parties, string product, int party, int list, int index)
    {
        for (var i = 0; i <= party; i++)
        {
            if (parties[i].Id is not { } id)
            {
                continue;
            }

            for (var l = 0; l < 2; l++)
            {
                var products = l == 0 ? parties[i].Clouds : parties[i].Chips;
                var end = i == party && l == list ? index : i == party && l > list ? 0 : products.Count;
                for (var j = 0; j < end; j++)
                {
                    if (string.Equals(products[j], product, StringComparison.Ordinal))
                    {
                        return id;
                    }
                }
            }
        }

        return null;
    }
}
