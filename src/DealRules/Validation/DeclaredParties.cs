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
    /// True when <paramref name="id"/> is null or names a party of the document, and always when
    /// <c>$.parties</c> itself could not be read (<see cref="DealValidator.PartiesUnreadable"/>), so
    /// that references are not all reported again.
    /// </summary>
    public static bool IsDeclared(ValidationContext<Deal> context, string? id)
    {
        if (id is null)
        {
            return true;
        }

        var data = context.RootContextData;
        if (data.Count > 0)
        {
            if (data.ContainsKey(DealValidator.PartiesUnreadable))
            {
                return true;
            }

            if (data.TryGetValue(Key, out var known))
            {
                return ((HashSet<string>)known).Contains(id);
            }
        }

        var parties = context.InstanceToValidate.Parties;
        if (parties.Count > FewParties)
        {
            var ids = new HashSet<string>(parties.Count, StringComparer.Ordinal);
            for (var i = 0; i < parties.Count; i++)
            {
                if (parties[i].Id is { } declared)
                {
                    ids.Add(declared);
                }
            }

            data[Key] = ids;
            return ids.Contains(id);
        }

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
