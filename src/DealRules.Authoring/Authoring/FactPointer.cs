namespace DealRules.Authoring;

/// <summary>Writes and reads the fact pointers findings carry: <c>DEALID#/investments/0</c>.</summary>
public static class FactPointer
{
    /// <summary>The pointer to a location inside a deal document.</summary>
    /// <param name="dealId">The deal's id.</param>
    /// <param name="jsonPointer">An RFC 6901 pointer into the document, such as <c>/investments/0</c>.</param>
    public static string Of(string dealId, string jsonPointer) => $"{dealId}#{jsonPointer}";

    /// <summary>The deal id a pointer points into.</summary>
    /// <param name="pointer">A pointer written <c>DEALID#/path</c>.</param>
    public static string DealId(string pointer)
    {
        var hash = pointer.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? pointer : pointer[..hash];
    }
}
