using System.Text.Encodings.Web;
using System.Text.Json;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Reporting;

/// <summary>The JSON names of an enum's values (<see cref="JsonEnumNames"/>), encoded once.</summary>
/// <remarks>Not generic, for the reason <see cref="JsonEnumNames"/> gives.</remarks>
internal sealed class EncodedEnumNames
{
    private static readonly EncodedEnumNames Statuses = new(JsonEnumNames.Statuses);

    private static readonly EncodedEnumNames Severities = new(JsonEnumNames.Severities);

    private static readonly EncodedEnumNames Categories = new(JsonEnumNames.Categories);

    private static readonly EncodedEnumNames Perspectives = new(JsonEnumNames.Perspectives);

    private readonly JsonEnumNames names;

    private readonly int[] numbers;

    private readonly JsonEncodedText[] encoded;

    private EncodedEnumNames(JsonEnumNames names)
    {
        this.names = names;
        numbers = names.Numbers.ToArray();
        encoded = new JsonEncodedText[numbers.Length];
        for (var at = 0; at < numbers.Length; at++)
        {
            encoded[at] = Encode(names.Name(numbers[at]));
        }
    }

    public static JsonEncodedText Of(DealStatus value) => Statuses.Of((int)value);

    public static JsonEncodedText Of(Severity value) => Severities.Of((int)value);

    public static JsonEncodedText Of(Category value) => Categories.Of((int)value);

    public static JsonEncodedText Of(Perspective value) => Perspectives.Of((int)value);

    private JsonEncodedText Of(int number) =>
        Array.IndexOf(numbers, number) is var at and >= 0 ? encoded[at] : Encode(names.Name(number));

    private static JsonEncodedText Encode(string name) => JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
