using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// Evaluates with a pack that runs in a worker process. One worker serves the pack for as long as it
/// lives, so its start-up is paid once; evaluations are served one at a time. A worker that fails is
/// gone, and the next evaluation starts a fresh one and loads the compiled image into it.
/// </summary>
internal sealed class IsolatedEvaluator : IDealEvaluator, IDisposable
{
    private readonly SourceRulePack source;
    private readonly SandboxLimits limits;
    private readonly object serving = new();
    private WorkerProcess? worker;

    public IsolatedEvaluator(SourceRulePack source, Profile? defaultProfile, SandboxLimits limits)
    {
        this.source = source;
        this.limits = limits;
        DefaultProfile = defaultProfile ?? Profile.Default;
        worker = source.TakeWorker();
    }

    public RulePack Pack => source.Pack;

    public Profile DefaultProfile { get; }

    /// <summary>What confines the current worker, as it reported; empty before one started.</summary>
    public string Confinement => worker?.Confinement ?? "";

    /// <summary>The current worker's process id; for tests.</summary>
    internal int? WorkerProcessId => worker?.ProcessId;

    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile = null, CancellationToken cancellationToken = default)
    {
        if (PortfolioProblems.DuplicateDealIds(documents).FirstOrDefault() is { } duplicate)
        {
            throw new ArgumentException(duplicate.ToString(), nameof(documents));
        }

        profile ??= DefaultProfile;
        var dealIds = documents.Select(d => d.Deal.Id).ToHashSet(StringComparer.Ordinal);
        lock (serving)
        {
            var current = Worker(cancellationToken);
            try
            {
                var (findings, errors) = current.Request(
                    MessageKind.Evaluate,
                    w => WriteRequest(w, documents, profile),
                    MessageKind.Evaluated,
                    reader => EvaluatedAnswer.Read(reader, Pack, dealIds, limits),
                    limits.EvaluationTimeout,
                    "evaluation deadline",
                    cancellationToken);
                if (limits.WorkerPerEvaluation)
                {
                    current.Dispose();
                    worker = null;
                }

                return DealEvaluator.ReportOf(Pack, documents, profile.Name, findings, errors);
            }
            catch (Exception e) when (e is RulePackFailedException or OperationCanceledException)
            {
                current.Dispose();
                worker = null;
                throw;
            }
        }
    }

    private WorkerProcess Worker(CancellationToken cancellationToken)
    {
        if (worker is not null)
        {
            return worker;
        }

        var started = WorkerProcess.Start(source.Name, limits, cancellationToken);
        try
        {
            started.Request(MessageKind.Load, w => w.WriteBytes(source.Image), MessageKind.Loaded, reader => reader.ReadPack(source.Name), limits.EvaluationTimeout, "load deadline", cancellationToken);
            return worker = started;
        }
        catch
        {
            started.Dispose();
            throw;
        }
    }

    private static void WriteRequest(BinaryWriter writer, IReadOnlyCollection<DealDocument> documents, Profile profile)
    {
        writer.Write(profile.Name);
        writer.Write(profile.Values.Count);
        foreach (var (name, value) in profile.Values)
        {
            writer.Write(name);
            writer.Write(value);
        }

        writer.Write(documents.Count);
        foreach (var document in documents)
        {
            writer.Write(document.Source);
            writer.Write(DealDocumentWriter.WriteModel(document.Deal));
        }
    }

    public void Dispose()
    {
        lock (serving)
        {
            worker?.Dispose();
            worker = null;
        }
    }
}
