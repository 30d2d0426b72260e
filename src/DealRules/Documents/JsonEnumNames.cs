using System.Collections.Frozen;
using System.Text.Json;
using DealRules.Authoring;

namespace DealRules.Documents;

/// <summary>The kebab-case JSON names of an enum (<c>ai-lab</c>, <c>vendor-warrant</c>), both ways.</summary>
internal static class JsonEnumNames<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetValues<T>().ToFrozenDictionary(Convert, value => value, StringComparer.Ordinal);

    private static readonly FrozenDictionary<T, string> ByValue =
        Enum.GetValues<T>().ToFrozenDictionary(value => value, Convert);

    /// <summary>Every name, in declaration order, for "expected one of" messages.</summary>
    public static readonly string Expected = string.Join(", ", Enum.GetValues<T>().Select(Convert));

    private static readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryParse(string name, out T value) => ByName.TryGetValue(name, out value);

    public static bool TryParse(ReadOnlySpan<char> name, out T value) => BySpan.TryGetValue(name, out value);

    public static string Name(T value) => ByValue.TryGetValue(value, out var name) ? name : Convert(value);

    private static string Convert(T value) => Wording.Name(value);
}

/// <summary>The naming policy that writes enum values as <see cref="JsonEnumNames{T}"/> reads them (<see cref="Wording.Name"/>).</summary>
internal sealed class JsonEnumNamingPolicy : JsonNamingPolicy
{
    public static readonly JsonEnumNamingPolicy Instance = new();

    public override string ConvertName(string name) => Wording.KebabCase(name);
}
