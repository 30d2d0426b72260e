using DealRules.Documents;
using DealRules.Engine;

namespace DealRules.Portfolios;

/// <summary>How <see cref="PortfolioReader"/> reads.</summary>
public sealed record PortfolioReadOptions
{
    /// <summary>Find where each top-level entry of every document starts (<see cref="CheckedDocument.Positions"/>), for reports that point into files.</summary>
    public bool Positions { get; init; }

    /// <summary>Portfolios of at most this many inputs hold their documents as read; larger ones hold them compactly (about a fifth of the memory) until their group is evaluated.</summary>
    public int HeldAtMost { get; init; } = 2_000;

    /// <summary>
    /// Keep each document that passed, to be evaluated later (<see cref="CheckedDocument.Document"/>).
    /// False for a caller that only checks, such as <c>dealrules validate</c>: each checked document then
    /// keeps its name, deal id and links and nothing else, so a large folder is checked without
    /// holding it.
    /// </summary>
    public bool KeepDocuments { get; init; } = true;

    /// <summary>How many inputs are read and checked at once; 1 reads them one after another.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Told how many inputs have been read and checked so far, on the calling thread, in order.</summary>
    public Action<int>? Progress { get; init; }
}

/// <summary>
/// Reads a portfolio the way <c>dealrules evaluate</c> does, for hosts with many files: each input is
/// read once, checked alone (<see cref="DealDocumentReader"/>) and against the documents before it in
/// input order (<see cref="PortfolioConsistency"/>), several at a time on several cores. Problems and
/// warnings come in input order, whatever the parallelism. What passed is a
/// <see cref="CheckedPortfolio"/>, evaluated group by group without reading anything again.
/// </summary>
public static class PortfolioReader
{
    /// <summary>Inputs read and checked together before their documents are compared with the portfolio's.</summary>
    private const int Window = 64;

    /// <summary>Reads and checks every input.</summary>
    /// <param name="inputs">The documents, in the order problems are reported and consistency is judged (the first of two disagreeing documents is the one named).</param>
    /// <param name="options">Positions, parallelism, progress; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the reading between documents (<see cref="OperationCanceledException"/>).</param>
    public static CheckedPortfolio Read(IReadOnlyList<DocumentInput> inputs, PortfolioReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PortfolioReadOptions();
        var holding = !options.KeepDocuments ? DocumentHolding.Dropped
            : inputs.Count <= options.HeldAtMost ? DocumentHolding.Held
            : DocumentHolding.Compact;
        var problems = new List<DocumentProblem>();
        var warnings = new List<DocumentProblem>();
        var accepted = new List<CheckedDocument>(inputs.Count);
        // Sized for two parties and two products a document: a large folder's tables then grow once or not at all.
        var consistency = new PortfolioConsistency(inputs.Count, 2 * inputs.Count, 2 * inputs.Count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
        Outcome[] ReadWindow(int start)
        {
            var window = new Outcome[Math.Min(Window, inputs.Count - start)];
            if (parallel.MaxDegreeOfParallelism == 1 || window.Length == 1)
            {
                for (var i = 0; i < window.Length; i++)
                {
                    window[i] = ReadOne(inputs[start + i], holding, options.Positions);
                }
            }
            else
            {
                Parallel.For(0, window.Length, parallel, i => window[i] = ReadOne(inputs[start + i], holding, options.Positions));
            }

            return window;
        }

        // With several cores, the next window is read while this thread compares the last one's documents with
        // the portfolio's (consistency is judged in input order, one document at a time), so no core waits for it.
        Task<Outcome[]>? ahead = null;
        try
        {
            for (var start = 0; start < inputs.Count; start += Window)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var window = ahead is not null ? ahead.GetAwaiter().GetResult() : ReadWindow(start);
                var next = start + Window;
                ahead = parallel.MaxDegreeOfParallelism > 1 && next < inputs.Count
                    ? Task.Run(() => ReadWindow(next), cancellationToken)
                    : null;
                foreach (var outcome in window)
                {
                    problems.AddRange(outcome.Problems);
                    if (outcome.Document is { } document)
                    {
                        var check = consistency.Add(document);
                        problems.AddRange(check.Errors);
                        warnings.AddRange(check.Warnings);
                        if (check.Errors.Count == 0)
                        {
                            accepted.Add(outcome.Checked!);
                        }
                    }
                }

                options.Progress?.Invoke(start + window.Length);
            }
        }
        finally
        {
            // Stopped early (cancelled, or a document could not be read): no window is left reading after the call returns.
            if (ahead is not null)
            {
                try
                {
                    ahead.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Its failure (a cancellation, most often) is not the one being reported.
                }
            }
        }

        return new CheckedPortfolio(accepted, problems, warnings);
    }

    private readonly record struct Outcome(DealDocument? Document, CheckedDocument? Checked, IReadOnlyList<DocumentProblem> Problems);

    private static Outcome ReadOne(DocumentInput input, DocumentHolding holding, bool positions)
    {
        var file = input.Read();
        if (!file.Succeeded)
        {
            return new Outcome(null, null, [new DocumentProblem(input.Name, "$", file.Problem!)]);
        }

        var bytes = file.Bytes!;
        var result = DealDocumentReader.Read(bytes, input.Name);
        if (result.Document is not { } document)
        {
            return new Outcome(null, null, result.Problems);
        }

        var found = positions ? JsonLocations.Find(bytes, EntryLocations(document)) : null;
        return new Outcome(document, new CheckedDocument(document, holding, found), []);
    }

    /// <summary>The locations fact pointers name: the document, its status, its IPO and every entry of its lists.</summary>
    private static IEnumerable<string> EntryLocations(DealDocument document)
    {
        var deal = document.Deal;
        yield return "$";
        yield return "$.status";
        yield return "$.ipo";
        foreach (var (name, count) in new (string, int)[]
                 {
                     ("parties", deal.Parties.Count), ("investments", deal.Investments.Count), ("computeCommitments", deal.ComputeCommitments.Count),
                     ("chipMandates", deal.ChipMandates.Count), ("cloudTerms", deal.CloudTerms.Count), ("rights", deal.Rights.Count),
                     ("relatedStakes", deal.RelatedStakes.Count), ("sources", deal.Sources.Count),
                 })
        {
            for (var i = 0; i < count; i++)
            {
                yield return $"$.{name}[{i}]";
            }
        }
    }
}
