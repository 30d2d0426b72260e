using DealRules.Model;

namespace DealRules.Documents;

/// <summary>A deal read from a document that passed every check, with the name of where it came from.</summary>
/// <param name="Deal">The deal.</param>
/// <param name="Source">The file or other source it was read from, as given by the caller.</param>
public sealed record DealDocument(Deal Deal, string Source);
