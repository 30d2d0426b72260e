using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of each party (<c>$.parties[i]</c>), checked for the whole list in one FluentValidation rule.</summary>
internal static class PartyRules
{
    public static void Check(IReadOnlyList<Party> parties, ValidationContext<Deal> context) =>
        DealPart.CheckEach(parties, context, "Parties", Check);

    private static void Check(Party party, DealPart part)
    {
        part.MustBeId(party.Id, "Id");
        part.MustNotBeBlank(party.Name, "Name", "expected a non-empty name");
        part.MustBeIds(party.Clouds, "Clouds");
        part.MustBeIds(party.Chips, "Chips");
    }
}
