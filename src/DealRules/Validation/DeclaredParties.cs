using FluentValidation;

namespace DealRules.Validation;

/// <summary>Checks that a party reference names a party declared in the same document.</summary>
internal static class DeclaredParties
{
    private const string Key = "declaredParties";

    /// <summary>
    /// Makes the document's declared party ids available to every rule below the root; null when
    /// <c>$.parties</c> itself could not be read, so that references are not all reported again.
    /// </summary>
    public static void Remember<T>(ValidationContext<T> context, IEnumerable<string?>? ids)
    {
        if (ids is not null)
        {
            context.RootContextData[Key] = ids.OfType<string>().ToHashSet(StringComparer.Ordinal);
        }
    }

    public static IRuleBuilderOptions<T, string> MustBeDeclaredParty<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must((_, id, context) => id is null || Declared(context) is not { } declared || declared.Contains(id))
            .WithMessage((_, id) => $"'{Input.Echo.Shorten(id)}' is not a declared party; every party referenced must be listed in $.parties");

    private static HashSet<string>? Declared<T>(ValidationContext<T> context) =>
        context.RootContextData.TryGetValue(Key, out var ids) ? (HashSet<string>)ids : null;
}
