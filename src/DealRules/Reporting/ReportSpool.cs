using DealRules.Authoring;

namespace DealRules.Reporting;

/// <summary>
/// Gathers the reports of many evaluations into one report while holding their findings on disk, not
/// in memory: each part's findings (already in report order) are written to a temporary file as one
/// sorted run, and the whole report's findings are read back by merging the runs. The first part is
/// held in memory until a second comes, so that one evaluation's report never goes to disk. Deals, counts and
/// rule errors stay in memory; they are small. The report it gives or writes is exactly the one
/// <see cref="ReportMerger.Merge"/> would give for the same parts.
/// </summary>
/// <remarks>Use it for portfolios too large to hold every finding at once; dispose it to delete the file.</remarks>
public sealed class ReportSpool : IDisposable
{
    private readonly string path;
    private FileStream? file;
    private BinaryWriter? writer;
    private bool disposed;
    private readonly List<(long Start, int Count)> runs = [];
    private Finding[]? held;
    private readonly List<DealSummary> deals = [];
    private readonly List<RuleError> errors = [];
    private readonly Dictionary<Severity, int> bySeverity = Enum.GetValues<Severity>().Reverse().ToDictionary(s => s, _ => 0);
    private string? profile;
    private int rulesEvaluated;
    private int schemaVersion = 1;

    /// <summary>Creates a spool; its temporary file is created with the first finding.</summary>
    /// <param name="directory">Where to put the file; null for the system's temporary folder.</param>
    public ReportSpool(string? directory = null) =>
        path = Path.Combine(directory ?? Path.GetTempPath(), $"dealrules-findings-{Guid.NewGuid():N}.bin");

    /// <summary>How many findings the spool holds.</summary>
    public int FindingCount => runs.Sum(r => r.Count) + (held?.Length ?? 0);

    /// <summary>How many findings of each severity, most severe first.</summary>
    public IReadOnlyDictionary<Severity, int> BySeverity => bySeverity;

    /// <summary>The rule errors of every part so far, in no particular order.</summary>
    public IReadOnlyList<RuleError> Errors => errors;

    /// <summary>Adds the report of one evaluation; its findings go to disk.</summary>
    /// <param name="part">A report, as <see cref="Engine.DealEvaluator"/> gives it (findings in report order).</param>
    public void Add(EvaluationReport part)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        profile ??= part.Profile;
        rulesEvaluated = Math.Max(rulesEvaluated, part.Summary.RulesEvaluated);
        schemaVersion = Math.Max(schemaVersion, part.SchemaVersion);
        deals.AddRange(part.Deals);
        errors.AddRange(part.Errors);
        if (part.Findings.Count == 0)
        {
            return;
        }

        foreach (var finding in part.Findings)
        {
            bySeverity[finding.Severity]++;
        }

        if (held is null && runs.Count == 0)
        {
            held = [.. part.Findings];
            return;
        }

        if (held is { } first)
        {
            held = null;
            WriteRun(first);
        }

        WriteRun(part.Findings);
    }

    private void WriteRun(IReadOnlyList<Finding> findings)
    {
        file ??= new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        writer ??= FindingSerializer.Writer(file);
        writer.Flush();
        runs.Add((file.Position, findings.Count));
        foreach (var finding in findings)
        {
            FindingSerializer.Write(writer, finding);
        }
    }

    /// <summary>The merged report with every finding read back into memory (for output meant to be read by people).</summary>
    public EvaluationReport ToReport() => Header(Findings().ToList());

    /// <summary>Writes the merged report as JSON, reading findings back one at a time.</summary>
    /// <param name="stream">Where to write.</param>
    public void WriteJson(Stream stream) => ReportJsonWriter.Write(Header([]), Findings(), stream);

    /// <summary>Writes the merged report as JSON compared with a baseline, stopping when <paramref name="cancellationToken"/> is set.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="baseline">The earlier report, or null.</param>
    /// <param name="cancellationToken">Stops the writing between findings (<see cref="OperationCanceledException"/>).</param>
    public void WriteJson(Stream stream, Baseline? baseline, CancellationToken cancellationToken) =>
        ReportJsonWriter.Write(Header([]), Cancellable(Findings(), cancellationToken), stream, baseline);

    /// <summary>The merged report with every finding read back into memory, stopping when <paramref name="cancellationToken"/> is set.</summary>
    /// <param name="cancellationToken">Stops the reading between findings.</param>
    public EvaluationReport ToReport(CancellationToken cancellationToken) => Header(Cancellable(Findings(), cancellationToken).ToList());

    private static IEnumerable<Finding> Cancellable(IEnumerable<Finding> findings, CancellationToken cancellationToken)
    {
        foreach (var finding in findings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return finding;
        }
    }

    /// <summary>The findings of every part, in report order, read back from disk as they are enumerated.</summary>
    public IEnumerable<Finding> Findings()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (held is not null)
        {
            return held;
        }

        return Merged();
    }

    private IEnumerable<Finding> Merged()
    {
        writer?.Flush();
        var readers = runs.Select(run => new RunReader(path, run.Start, run.Count)).ToList();
        try
        {
            // Ties between runs (there are none between parts of different deals) go to the earlier run.
            var queue = new PriorityQueue<int, (Finding Finding, int Run)>(Comparer<(Finding Finding, int Run)>.Create(static (a, b) =>
                FindingOrder.Instance.Compare(a.Finding, b.Finding) is var order and not 0 ? order : a.Run.CompareTo(b.Run)));
            for (var i = 0; i < readers.Count; i++)
            {
                if (readers[i].Next() is { } first)
                {
                    queue.Enqueue(i, (first, i));
                }
            }

            while (queue.TryDequeue(out var run, out var head))
            {
                yield return head.Finding;
                if (readers[run].Next() is { } next)
                {
                    queue.Enqueue(run, (next, run));
                }
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>The temporary file findings are held in (it exists once the first finding is added).</summary>
    public string FilePath => path;

    /// <summary>Deletes the temporary file; never throws, even when the temporary folder is full.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            // Flushing what is buffered fails when the temporary folder is full; the file goes anyway.
            writer?.Dispose();
        }
        catch (IOException)
        {
        }

        try
        {
            file?.Dispose();
        }
        catch (IOException)
        {
        }

        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the file is in the temporary folder, where the system cleans up.
        }
    }

    private EvaluationReport Header(List<Finding> findings) => new()
    {
        SchemaVersion = schemaVersion,
        Profile = profile ?? "default",
        Deals = [.. deals.OrderBy(d => d.Id, StringComparer.Ordinal)],
        Findings = findings,
        Summary = new ReportSummary(rulesEvaluated, FindingCount, new Dictionary<Severity, int>(bySeverity)),
        Errors = ReportMerger.Ordered(errors),
    };

    /// <summary>Reads one run of the file, finding after finding.</summary>
    private sealed class RunReader : IDisposable
    {
        private readonly FileStream stream;
        private readonly BinaryReader reader;
        private int remaining;

        public RunReader(string path, long start, int count)
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 14);
            stream.Position = start;
            reader = FindingSerializer.Reader(stream);
            remaining = count;
        }

        public Finding? Next()
        {
            if (remaining == 0)
            {
                return null;
            }

            remaining--;
            return FindingSerializer.Read(reader);
        }

        public void Dispose()
        {
            reader.Dispose();
            stream.Dispose();
        }
    }
}
