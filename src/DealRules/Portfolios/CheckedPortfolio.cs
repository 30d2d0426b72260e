using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Portfolios;

/// <summary>How <see cref="CheckedPortfolio.Evaluate"/> evaluates.</summary>
public sealed record PortfolioEvaluationOptions
{
    /// <summary>The profile; null for the evaluator's default.</summary>
    public Profile? Profile { get; init; }

    /// <summary>Documents evaluated and added to the spool at a time (groups of connected documents are never split); their findings are one run of the spool.</summary>
    public int BatchSize { get; init; } = 2_000;

    /// <summary>How many parts of a batch are evaluated at once, for an evaluator that runs in this process (<see cref="DealEvaluator"/>); a pack in a worker process is evaluated one part at a time.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Only the findings this keeps are reported and counted; null keeps every finding.</summary>
    public Func<Finding, bool>? Filter { get; init; }

    /// <summary>Given each batch's documents once they are evaluated and their findings are in the spool (say, to draw their money-flow graph), on the calling thread, while nothing is being added to the spool.</summary>
    public Action<IReadOnlyList<DealDocument>>? BatchEvaluated { get; init; }

    /// <summary>Told how many documents have been evaluated so far (a number that only grows); null for no progress.</summary>
    public Action<int>? Progress { get; init; }

    /// <summary>About how many documents are evaluated between two calls of <see cref="Progress"/>.</summary>
    public int ProgressStep { get; init; } = 100;
}

/// <summary>
/// The documents of a portfolio that passed every check (<see cref="PortfolioReader"/>), in input order,
/// with the problems and warnings found. Evaluating it reads nothing again: its groups of connected
/// documents are evaluated in batches, on several cores, and their findings go to a
/// <see cref="ReportSpool"/>, which writes the report of the whole portfolio.
/// </summary>
public sealed class CheckedPortfolio
{
    internal CheckedPortfolio(IReadOnlyList<CheckedDocument> documents, IReadOnlyList<DocumentProblem> problems, IReadOnlyList<DocumentProblem> warnings)
    {
        Documents = documents;
        Problems = problems;
        Warnings = warnings;
    }

    /// <summary>The documents that passed, in input order.</summary>
    public IReadOnlyList<CheckedDocument> Documents { get; }

    /// <summary>Every problem, in input order: a portfolio with any is not to be evaluated (the command evaluates nothing then).</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    /// <summary>Differences between documents that change no finding (a party with two display names).</summary>
    public IReadOnlyList<DocumentProblem> Warnings { get; }

    /// <summary>True when no input had a problem.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>The groups of connected documents packed into batches of about <paramref name="batchSize"/> documents, in the order the command evaluates them.</summary>
    /// <param name="batchSize">About how many documents a batch holds; a larger group is a batch of its own.</param>
    public IEnumerable<List<CheckedDocument>> Batches(int batchSize) =>
        PortfolioComponents.Batches(PortfolioComponents.Of(Documents, d => d.Links), batchSize);

    /// <summary>
    /// Evaluates the documents, batch by batch, and adds each batch's report to <paramref name="spool"/>:
    /// the spool then gives, byte for byte, the report of evaluating every document at once.
    /// </summary>
    /// <param name="evaluator">The rules; a <see cref="DealEvaluator"/> evaluates parts of a batch on several cores.</param>
    /// <param name="spool">Where the findings go.</param>
    /// <param name="options">Profile, batches, parallelism, filter, progress; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the evaluation between parts (<see cref="OperationCanceledException"/>).</param>
    /// <returns>Problems that stopped the evaluation: a temporary folder that cannot hold the findings. Empty when every batch is in the spool.</returns>
    /// <exception cref="InvalidOperationException">The portfolio has problems.</exception>
    public IReadOnlyList<DocumentProblem> Evaluate(
        IDealEvaluator evaluator, ReportSpool spool, PortfolioEvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!Succeeded)
        {
            throw new InvalidOperationException("A portfolio with problems is not evaluated: " + Problems[0]);
        }

        options ??= new PortfolioEvaluationOptions();
        var inProcess = evaluator as DealEvaluator;
        var parallelism = inProcess is null ? 1 : Math.Max(1, options.MaxDegreeOfParallelism);
        var progress = new ProgressCounter(options.Progress);
        // On several cores a batch's report goes into the spool (merged, rendered, written) while the next batch
        // is evaluated; one add at a time, in batch order, and none still running when this returns or throws.
        Task? adding = null;
        DealDocument[]? added = null;
        try
        {
            foreach (var batch in Batches(options.BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var documents = new DealDocument[batch.Count];
                if (parallelism > 1)
                {
                    Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, i => documents[i] = batch[i].Document);
                }
                else
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        documents[i] = batch[i].Document;
                    }
                }

                var reports = EvaluateBatch(evaluator, documents, options, parallelism, progress, cancellationToken);
                var previous = adding;
                adding = null;
                if (Held(() => previous?.GetAwaiter().GetResult(), spool) is { } failed)
                {
                    return [failed];
                }

                // The previous batch is in the spool and nothing is being added: its documents are given now.
                if (added is not null)
                {
                    options.BatchEvaluated?.Invoke(added);
                    added = null;
                }

                if (parallelism > 1)
                {
                    adding = Task.Run(() => spool.Add(ReportMerger.Merge(reports)), CancellationToken.None);
                    added = documents;
                }
                else if (Held(() => spool.Add(ReportMerger.Merge(reports)), spool) is { } problem)
                {
                    return [problem];
                }
                else
                {
                    options.BatchEvaluated?.Invoke(documents);
                }
            }

            var last = adding;
            adding = null;
            if (Held(() => last?.GetAwaiter().GetResult(), spool) is { } lastFailed)
            {
                return [lastFailed];
            }

            if (added is not null)
            {
                options.BatchEvaluated?.Invoke(added);
            }

            return [];
        }
        finally
        {
            if (adding is not null)
            {
                try
                {
                    adding.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Stopped by another exception (a cancellation, most often): that one is reported.
                }
            }
        }
    }

    /// <summary>Evaluates a batch's parts (groups that share no party), on several cores when asked; their reports, in part order.</summary>
    private static EvaluationReport[] EvaluateBatch(
        IDealEvaluator evaluator, DealDocument[] documents, PortfolioEvaluationOptions options, int parallelism, ProgressCounter progress, CancellationToken cancellationToken)
    {
        // Parts that share no party: several cores take one each, and progress moves part by part; their reports
        // merge into the batch's, byte for byte the same as one evaluation of the batch.
        var inProcess = evaluator as DealEvaluator;
        var partSize = options.Progress is not null ? Math.Max(1, options.ProgressStep) : parallelism > 1 ? Math.Max(64, documents.Length / (4 * parallelism)) : documents.Length;
        var parts = partSize >= documents.Length ? [documents.ToList()] : PortfolioComponents.Batches(PortfolioComponents.Of(documents), partSize).ToList();
        var reports = new EvaluationReport[parts.Count];
        void EvaluatePart(int i)
        {
            var report = inProcess is not null
                ? inProcess.EvaluateChecked(parts[i], options.Profile, cancellationToken)
                : evaluator.Evaluate(parts[i], options.Profile, cancellationToken);
            reports[i] = Filtered(report, options.Filter);
            progress.Add(parts[i].Count);
        }

        if (parallelism > 1 && parts.Count > 1)
        {
            Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, EvaluatePart);
        }
        else
        {
            for (var i = 0; i < parts.Count; i++)
            {
                EvaluatePart(i);
            }
        }

        return reports;
    }

    /// <summary>Puts (or waits for) a batch's report in the spool: null when it is there, the problem when the temporary folder cannot hold it.</summary>
    private static DocumentProblem? Held(Action add, ReportSpool spool)
    {
        try
        {
            add();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DocumentProblem(Path.GetDirectoryName(spool.FilePath) + Path.DirectorySeparatorChar, "$",
                $"the findings cannot be held in this temporary folder (set TMPDIR to another): {e.Message}");
        }
    }

    private static EvaluationReport Filtered(EvaluationReport report, Func<Finding, bool>? filter) =>
        filter is null ? report : report with { Findings = report.Findings.Where(filter).ToArray() };

    /// <summary>Counts documents evaluated on any thread, and tells a number only larger than the last one told.</summary>
    private sealed class ProgressCounter(Action<int>? progress)
    {
        private readonly Lock gate = new();
        private int evaluated;

        public void Add(int documents)
        {
            if (progress is null)
            {
                return;
            }

            lock (gate)
            {
                evaluated += documents;
                progress(evaluated);
            }
        }
    }
}
