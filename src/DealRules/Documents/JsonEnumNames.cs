using System.Text.Json;
using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Documents;

/// <summary>The kebab-case JSON names of one enum's values (<c>ai-lab</c>, <c>vendor-warrant</c>), both ways.</summary>
/// <remarks>
/// Not generic, and values go in and out as their numbers: the enums live in DealRules.Authoring, and
/// generic code of this assembly instantiated over another assembly's value type is left out of the
/// ReadyToRun image, so a generic table (and the reader's generic methods that used it) cost start-up
/// about 30 methods compiled on first use for every enum (a profile of <c>evaluate</c> on one
/// document). One table per enum, built from <see cref="Type"/>, needs none. Plain arrays searched in
/// order, not dictionaries: an enum has a dozen values at most.
/// </remarks>
internal sealed class JsonEnumNames
{
    public static readonly JsonEnumNames Statuses = new(typeof(DealStatus));

    public static readonly JsonEnumNames PartyKinds = new(typeof(PartyKind));

    public static readonly JsonEnumNames Instruments = new(typeof(Instrument));

    public static readonly JsonEnumNames Conditions = new(typeof(InvestmentCondition));

    public static readonly JsonEnumNames Workloads = new(typeof(Workload));

    public static readonly JsonEnumNames RightKinds = new(typeof(RightKind));

    public static readonly JsonEnumNames Severities = new(typeof(Severity));

    public static readonly JsonEnumNames Categories = new(typeof(Category));

    public static readonly JsonEnumNames Perspectives = new(typeof(Perspective));

    private readonly Type type;

    /// <summary>The values' numbers, in the order of <see cref="Enum.GetValues(Type)"/>: every enum of the model is an int.</summary>
    private readonly int[] numbers;

    private readonly string[] names;

    private JsonEnumNames(Type type)
    {
        this.type = type;
        numbers = (int[])Enum.GetValuesAsUnderlyingType(type);
        var declared = Enum.GetNames(type);
        names = new string[declared.Length];
        for (var at = 0; at < declared.Length; at++)
        {
            names[at] = Wording.KebabCase(declared[at]);
        }

        Expected = string.Join(", ", names);
    }

    /// <summary>Every name, in the order of the values, for "expected one of" messages.</summary>
    public string Expected { get; }

    /// <summary>The values' numbers, in the order of <see cref="Enum.GetValues(Type)"/>.</summary>
    public ReadOnlySpan<int> Numbers => numbers;

    public static string Of(DealStatus value) => Statuses.Name((int)value);

    public static string Of(PartyKind value) => PartyKinds.Name((int)value);

    public static string Of(Severity value) => Severities.Name((int)value);

    public static string Of(Category value) => Categories.Name((int)value);

    public static string Of(Perspective value) => Perspectives.Name((int)value);

    /// <summary>The number of the value named <paramref name="name"/>.</summary>
    public bool TryParse(ReadOnlySpan<char> name, out int number)
    {
        for (var at = 0; at < names.Length; at++)
        {
            if (name.SequenceEqual(names[at]))
            {
                number = numbers[at];
                return true;
            }
        }

        number = 0;
        return false;
    }

    /// <summary>The name of the value numbered <paramref name="number"/>; for a number that names no value, as <see cref="Wording.Name"/> writes it.</summary>
    public string Name(int number) =>
        Array.IndexOf(numbers, number) is var at and >= 0 ? names[at] : Wording.KebabCase(Enum.ToObject(type, number).ToString()!);
}

/// <summary>The naming policy that writes enum values as <see cref="JsonEnumNames"/> reads them (<see cref="Wording.Name"/>).</summary>
internal sealed class JsonEnumNamingPolicy : JsonNamingPolicy
{
    public static readonly JsonEnumNamingPolicy Instance = new();

    public override string ConvertName(string name) => Wording.KebabCase(name);
}
