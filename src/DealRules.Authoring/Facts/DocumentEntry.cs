namespace DealRules.Facts;

/// <summary>
/// One entry of a deal document (an investment, a right, …) as a fact: the document it is in, its
/// position, and the pointer findings cite it by.
/// </summary>
public abstract record DocumentEntry : IDealFact
{
    private protected DocumentEntry(DealScope scope, int index, string list)
    {
        Scope = scope;
        Index = index;
        // FactPointer.Of(Id, $"/{list}/{index}") in one string: every entry of every document has a pointer.
        Pointer = string.Concat(scope.Id, "#/", list, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The document.</summary>
    public DealScope Scope { get; }

    /// <summary>The entry's position in its list.</summary>
    public int Index { get; }

    /// <summary>The pointer to the entry, such as <c>DEALID#/investments/0</c>.</summary>
    public string Pointer { get; }

    /// <summary>The currency of every amount in the document.</summary>
    public string Currency => Scope.Currency;

    /// <summary>The document format in force for the document (<see cref="DealScope.Format"/>).</summary>
    public int Format => Scope.Format;

    /// <inheritdoc />
    public IEnumerable<string> DealIds => [Scope.Id];
}
