using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of each party's cloud terms (<c>$.cloudTerms[i]</c>), checked for the whole list in one FluentValidation rule.</summary>
internal static class CloudTermsRules
{
    public static void Check(IReadOnlyList<CloudTerms> terms, ValidationContext<Deal> context) =>
        DealPart.CheckEach(terms, context, "CloudTerms", Check);

    private static void Check(CloudTerms terms, DealPart part)
    {
        part.MustBeDeclaredParty(terms.Party, "Party");
        part.MustBeId(terms.ExclusiveCloud, "ExclusiveCloud");
        part.MustBeId(terms.FirstRefusalCloud, "FirstRefusalCloud");
        part.MustBeIds(terms.PermittedClouds, "PermittedClouds");
        if (terms.ExclusiveCloud is { } exclusive && !PermitsOnly(terms.PermittedClouds, exclusive))
        {
            part.Fail(
                "PermittedClouds",
                terms.PermittedClouds,
                $"permits {Input.Echo.Shorten(string.Join(", ", terms.PermittedClouds.Where(c => c != exclusive)), 200)} although exclusiveCloud is '{Input.Echo.Shorten(exclusive)}'; an exclusive cloud and other permitted clouds contradict each other");
        }
    }

    private static bool PermitsOnly(IReadOnlyList<string> permitted, string exclusive)
    {
        for (var i = 0; i < permitted.Count; i++)
        {
            if (permitted[i] != exclusive)
            {
                return false;
            }
        }

        return true;
    }
}
