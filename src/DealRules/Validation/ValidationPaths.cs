using System.Text;

namespace DealRules.Validation;

/// <summary>Turns FluentValidation property paths (<c>Investments[0].Amount</c>) into JSON locations (<c>$.investments[0].amount</c>).</summary>
internal static class ValidationPaths
{
    public static string ToJsonPath(string propertyPath)
    {
        var json = new StringBuilder("$");
        foreach (var segment in propertyPath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            json.Append('.').Append(char.ToLowerInvariant(segment[0])).Append(segment.AsSpan(1));
        }

        return json.ToString();
    }
}
