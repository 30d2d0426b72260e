using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of the planned IPO (<c>$.ipo</c>), when there is one.</summary>
internal static class IpoRules
{
    public static void Check(Ipo? ipo, ValidationContext<Deal> context)
    {
        if (ipo is null)
        {
            return;
        }

        var part = new DealPart(context, "Ipo", null);
        part.MustBeDeclaredParty(ipo.Party, "Party");
        part.MustBeAmount(ipo.TargetValuation, "TargetValuation");
        if (ipo.ExpectedYear is { } year && year is < 1900 or > 2200)
        {
            part.Fail("ExpectedYear", year, $"{ipo.ExpectedYear} is not a plausible year; expected 1900–2200");
        }
    }
}
