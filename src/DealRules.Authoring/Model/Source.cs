namespace DealRules.Model;

/// <summary>Where the facts of a document come from.</summary>
/// <param name="Title">The title of the article or filing.</param>
public sealed record Source(string Title)
{
    /// <summary>When it was published.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where it can be read.</summary>
    public string? Url { get; init; }
}
