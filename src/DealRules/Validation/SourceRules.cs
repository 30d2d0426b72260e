using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of each source (<c>$.sources[i]</c>), checked for the whole list in one FluentValidation rule.</summary>
internal static class SourceRules
{
    public static void Check(IReadOnlyList<Source> sources, ValidationContext<Deal> context) =>
        DealPart.CheckEach(sources, context, "Sources", Check);

    private static void Check(Source source, DealPart part) =>
        part.MustNotBeBlank(source.Title, "Title", "expected a non-empty title");
}
