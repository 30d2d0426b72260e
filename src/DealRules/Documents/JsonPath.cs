namespace DealRules.Documents;

/// <summary>Builds JSON locations in the <c>$.a.b[0]</c> form used in every problem report.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name) => $"{parent}.{name}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";
}
