using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of each right (<c>$.rights[i]</c>), checked for the whole list in one FluentValidation rule.</summary>
internal static class RightRules
{
    public static void Check(IReadOnlyList<Right> rights, ValidationContext<Deal> context) =>
        DealPart.CheckEach(rights, context, "Rights", Check);

    private static void Check(Right right, DealPart part)
    {
        part.MustBeDeclaredParty(right.Holder, "Holder");
        part.MustBeDeclaredParty(right.Grantor, "Grantor");
        part.MustDifferFrom(right.Grantor, right.Holder, "Grantor", "holder");
        part.MustBePercent(right.Percent, "Percent");
        part.MustBeAmount(right.Amount, "Amount");
    }
}
