using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of each hire (<c>$.hires[i]</c>), checked for the whole list in one FluentValidation rule.</summary>
internal static class HireRules
{
    public static void Check(IReadOnlyList<Hire> hires, ValidationContext<Deal> context) =>
        DealPart.CheckEach(hires, context, "Hires", Check);

    private static void Check(Hire hire, DealPart part)
    {
        part.MustBeDeclaredParty(hire.Hirer, "Hirer");
        part.MustBeDeclaredParty(hire.From, "From");
        part.MustDifferFrom(hire.From, hire.Hirer, "From", "hirer");
        if (hire.Headcount is { } headcount && headcount < 1)
        {
            part.Fail("Headcount", headcount, $"{hire.Headcount} is not a headcount; expected 1 or more (leave it out when undisclosed)");
        }

        part.MustNotBeBlank(hire.Note, "Note", "expected a non-empty note");
    }
}
