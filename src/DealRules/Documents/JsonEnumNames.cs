using System.Runtime.CompilerServices;
using System.Text.Json;
using DealRules.Authoring;

namespace DealRules.Documents;

/// <summary>The kebab-case JSON names of an enum (<c>ai-lab</c>, <c>vendor-warrant</c>), both ways.</summary>
/// <remarks>
/// Plain arrays searched in order, not dictionaries: an enum has a dozen values at most, and a
/// dictionary keyed by each enum type is generic code the runtime's precompiled images cannot hold,
/// so every enum type cost start-up about 50 methods compiled on first use (a profile of
/// <c>evaluate</c> on one document, ReadyToRun). The arrays need none.
/// </remarks>
internal static class JsonEnumNames<T> where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();

    private static readonly string[] Names = Array.ConvertAll(Values, Convert);

    // Every enum of the model is an int: Unsafe.BitCast refuses one of another size when this is initialized.
    private static readonly int[] Numbers = Array.ConvertAll(Values, value => Unsafe.BitCast<T, int>(value));

    /// <summary>Every name, in declaration order, for "expected one of" messages.</summary>
    public static readonly string Expected = string.Join(", ", Names);

    public static bool TryParse(string name, out T value) => TryParse(name.AsSpan(), out value);

    public static bool TryParse(ReadOnlySpan<char> name, out T value)
    {
        for (var at = 0; at < Names.Length; at++)
        {
            if (name.SequenceEqual(Names[at]))
            {
                value = Values[at];
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Name(T value) => Array.IndexOf(Numbers, Unsafe.BitCast<T, int>(value)) is var at and >= 0 ? Names[at] : Convert(value);

    private static string Convert(T value) => Wording.Name(value);
}

/// <summary>The naming policy that writes enum values as <see cref="JsonEnumNames{T}"/> reads them (<see cref="Wording.Name"/>).</summary>
internal sealed class JsonEnumNamingPolicy : JsonNamingPolicy
{
    public static readonly JsonEnumNamingPolicy Instance = new();

    public override string ConvertName(string name) => Wording.KebabCase(name);
}
