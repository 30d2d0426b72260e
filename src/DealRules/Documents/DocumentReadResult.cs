using System.Diagnostics.CodeAnalysis;

namespace DealRules.Documents;

/// <summary>The outcome of reading one document: the document, or every problem that rejects it.</summary>
public sealed record DocumentReadResult
{
    private DocumentReadResult(DealDocument? document, IReadOnlyList<DocumentProblem> problems)
    {
        Document = document;
        Problems = problems;
    }

    /// <summary>The document, when it has no problems.</summary>
    public DealDocument? Document { get; }

    /// <summary>Every problem found; empty when the document was accepted.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    /// <summary>True when the document was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool Succeeded => Document is not null;

    internal static DocumentReadResult Accepted(DealDocument document) => new(document, []);

    internal static DocumentReadResult Rejected(IReadOnlyList<DocumentProblem> problems) => new(null, problems);
}
