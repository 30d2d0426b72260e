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
        RuleFor(d => d.SchemaVersion)
            .InclusiveBetween(1, 2)
            .WithMessage(d => $"schemaVersion {d.SchemaVersion} is not supported; expected 1 or 2");
        RuleFor(d => d.Id).MustBeId();
        RuleFor(d => d.Title).NotEmpty().When(d => d.Title is not null).WithMessage("expected a non-empty title");
        RuleFor(d => d.Currency).MustBeCurrency();

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

        RuleForEach(d => d.Supersedes).MustBeId().MustNotNameItself();
        RuleForEach(d => d.Amends).MustBeId().MustNotNameItself();
        RuleFor(d => d.Supersedes).Custom((ids, context) => NamedOnce(ids, context, "Supersedes"));
        RuleFor(d => d.Amends).Custom((ids, context) => NamedOnce(ids, context, "Amends"));
        RuleForEach(d => d.Amends)
            .Must((deal, id) => !deal.Supersedes.Contains(id))
            .WithMessage((_, id) => $"'{id}' is also in supersedes; a document either replaces an earlier one or adds to it");
        RuleFor(d => d.Hires).Custom(HireRules.Check);
    }

    protected override bool PreValidate(ValidationContext<Deal> context, FluentValidation.Results.ValidationResult result)
    {
        DeclaredParties.Remember(context, unreadable: context.RootContextData.ContainsKey(PartiesUnreadable));
        return true;
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
                context.AddFailure($"Parties[{i}].Id", $"party id '{Input.Echo.Shorten(id)}' is declared twice; first at $.parties[{earlier}]");
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
                context.AddFailure($"{property}[{i}]", $"'{id}' is named twice; name each document once");
            }
        }
    }

    private static void ProductsHaveOneController(IReadOnlyList<Party> parties, ValidationContext<Deal> context)
    {
        var controller = new Dictionary<string, string>(StringComparer.Ordinal);
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

                    if (controller.TryGetValue(product, out var owner) && owner != id)
                    {
                        context.AddFailure($"Parties[{i}].{list}[{j}]", $"product '{Input.Echo.Shorten(product)}' is already controlled by '{Input.Echo.Shorten(owner)}'; a product is controlled by at most one party");
                    }
                    else
                    {
                        controller[product] = id;
                    }
                }
            }
        }
    }
}
