namespace DealRules.Model;

/// <summary>
/// People hired from another company as part of the deal (format 2): the "hire" of a
/// licence-and-hire deal, which competition authorities may review as a merger.
/// </summary>
/// <param name="Hirer">The id of the party that hires.</param>
/// <param name="From">The id of the party the people leave.</param>
public sealed record Hire(string Hirer, string From)
{
    /// <summary>How many people were hired, when disclosed; 1 or more.</summary>
    public int? Headcount { get; init; }

    /// <summary>Whether founders or chief executives are among them.</summary>
    public bool IncludesLeaders { get; init; }

    /// <summary>Free text, such as the names of the leaders hired.</summary>
    public string? Note { get; init; }
}
