using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>Checks that a party reference names a party declared in the same document.</summary>
internal static class DeclaredParties
{
    private const string Key = "declaredParties";

    /// <summary>Up to this many parties, a reference is compared with each id instead of looked up in a set made for the document.</summary>
    private const int FewParties = 16;

    /// <summary>
    /// Makes the document's declared party ids available to every rule below the root; nothing when
    /// <c>$.parties</c> itself could not be read (<paramref name="unreadable"/>), so that references
    /// are not all reported again.
    /// </summary>
    public static void Remember(ValidationContext<Deal> context, bool unreadable)
    {
        if (unreadable)
        {
            return;
        }

        var parties = context.InstanceToValidate.Parties;
        if (parties.Count <= FewParties)
        {
            context.RootContextData[Key] = parties;
            return;
        }

        var ids = new HashSet<string>(parties.Count, StringComparer.Ordinal);
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].Id is { } id)
            {
                ids.Add(id);
            }
        }

        context.RootContextData[Key] = ids;
    }

    /// <summary>True when <paramref name="id"/> is null, is declared, or the declared parties are not known.</summary>
    public static bool IsDeclared(ValidationContext<Deal> context, string? id)
    {
        if (id is null || !context.RootContextData.TryGetValue(Key, out var declared))
        {
            return true;
        }

        if (declared is HashSet<string> ids)
        {
            return ids.Contains(id);
        }

        var parties = (IReadOnlyList<Party>)declared;
        for (var i = 0; i < parties.Count; i++)
        {
            if (string.Equals(parties[i].Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static string NotDeclared(string id) =>
        $"'{Input.Echo.Shorten(id)}' is not a declared party; every party referenced must be listed in $.parties";
}
