using System.Text.Json;

namespace DealRules.Documents;

/// <summary>Format 2's qualified figures: a plain number, or an object with one of <c>exact</c>, <c>upTo</c>, <c>atLeast</c>, <c>about</c>.</summary>
internal sealed partial class JsonObjectReader
{
    /// <summary>
    /// A figure that format 2 lets a document qualify: a plain number (exact), or an object with
    /// exactly one of <c>exact</c>, <c>upTo</c>, <c>atLeast</c> or <c>about</c>.
    /// </summary>
    /// <param name="name">The property.</param>
    /// <param name="qualifiedAllowed">False in format 1, where only a plain number is accepted.</param>
    public (decimal? Value, Model.AmountQualifier Qualifier) Qualified(string name, bool qualifiedAllowed)
    {
        if (!TryGet(name, false, out var value, out var at))
        {
            return (null, Model.AmountQualifier.Exact);
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return (ReadDecimal(value, at), Model.AmountQualifier.Exact);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Mismatch(value, at, qualifiedAllowed ? "a number or an object such as { \"upTo\": 4000000000 }" : "a number");
            return (null, Model.AmountQualifier.Exact);
        }

        if (!qualifiedAllowed)
        {
            problems.Add(at.ToString(), "a qualified figure such as { \"upTo\": … } needs schemaVersion 2; in format 1 it is a plain number");
            return (null, Model.AmountQualifier.Exact);
        }

        if (Open(value, at, problems, asked) is not { } reader)
        {
            return (null, Model.AmountQualifier.Exact);
        }

        decimal? found = null;
        var qualifier = Model.AmountQualifier.Exact;
        var count = 0;
        foreach (var (key, meaning) in QualifierNames)
        {
            if (reader.Number(key) is { } number)
            {
                (found, qualifier) = (number, meaning);
                count++;
            }
        }

        reader.RejectUnknownProperties();
        if (count != 1 && !problems.Covers(reader.Path))
        {
            problems.Add(reader.Path, $"expected exactly one of exact, upTo, atLeast, about; found {count}");
        }

        return count == 1 ? (found, qualifier) : (null, Model.AmountQualifier.Exact);
    }

    private static readonly (string Key, Model.AmountQualifier Meaning)[] QualifierNames =
    [
        ("exact", Model.AmountQualifier.Exact),
        ("upTo", Model.AmountQualifier.UpTo),
        ("atLeast", Model.AmountQualifier.AtLeast),
        ("about", Model.AmountQualifier.About),
    ];
}
