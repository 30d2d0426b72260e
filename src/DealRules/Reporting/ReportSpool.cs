using System.Buffers;
using DealRules.Authoring;
using Microsoft.Win32.SafeHandles;

namespace DealRules.Reporting;

/// <summary>
/// Gathers the reports of many evaluations into one report while holding their findings on disk, not
/// in memory: each part's findings (already in report order) are written to a temporary file as one
/// sorted run, each with its sort key (and, when asked, its JSON already rendered, on every core), and the
/// whole report's findings are read back by merging the runs by key. The first part is
/// held in memory until a second comes, so that one evaluation's report never goes to disk. Deals, counts and
/// rule errors stay in memory; they are small. The report it gives or writes is exactly the one
/// <see cref="ReportMerger.Merge"/> would give for the same parts.
/// </summary>
/// <remarks>Use it for portfolios too large to hold every finding at once; dispose it to delete the file.</remarks>
public sealed class ReportSpool : IDisposable
{
    /// <summary>Findings rendered together on one core when a part is added.</summary>
    private const int ChunkSize = 16;

    private readonly string path;
    private readonly bool renderJson;
    private FileStream? file;
    private bool disposed;
    private readonly List<SpoolRun> runs = [];
    private Finding[]? held;
    private byte[]? heldRecords;
    private readonly List<DealSummary> deals = [];
    private readonly List<RuleError> errors = [];
    private readonly Dictionary<Severity, int> bySeverity = SeverityOrder.NoneOfEach();
    private string? profile;
    private int rulesEvaluated;
    private int schemaVersion = 1;

    /// <summary>Creates a spool; its temporary file is created with the first finding.</summary>
    /// <param name="directory">Where to put the file; null for the system's temporary folder.</param>
    public ReportSpool(string? directory = null)
        : this(directory, renderJson: false)
    {
    }

    /// <summary>Creates a spool that, with <paramref name="renderJson"/>, renders each finding's JSON when it is added (on every core), so that <see cref="WriteJson(Stream)"/> only copies it.</summary>
    /// <param name="directory">Where to put the file; null for the system's temporary folder.</param>
    /// <param name="renderJson">True when the report will be written as JSON; the other reports read findings back either way.</param>
    public ReportSpool(string? directory, bool renderJson)
    {
        path = Path.Combine(directory ?? Path.GetTempPath(), $"dealrules-findings-{Guid.NewGuid():N}.bin");
        this.renderJson = renderJson;
    }

    /// <summary>How many findings the spool holds.</summary>
    public int FindingCount
    {
        get
        {
            var count = held?.Length ?? 0;
            foreach (var run in runs)
            {
                count += run.Count;
            }

            return count;
        }
    }

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

        var records = Records(part.Findings);
        if (held is null && runs.Count == 0)
        {
            held = [.. part.Findings];
            heldRecords = Joined(records);
            return;
        }

        if (held is { } first)
        {
            Start(first.Length).Write(heldRecords);
            held = null;
            heldRecords = null;
        }

        WriteRun(records, part.Findings.Count);
    }

    /// <summary>The findings' records, rendered in chunks on every core, each chunk in an array rented from the shared pool.</summary>
    private (byte[] Array, int Length)[] Records(IReadOnlyList<Finding> findings)
    {
        var chunks = new (byte[] Array, int Length)[(findings.Count + ChunkSize - 1) / ChunkSize];
        // Each core keeps its buffers for the chunks it takes: small chunks, reused buffers, no large-object garbage.
        Parallel.For(0, chunks.Length, () => new SpoolChunkWriter(renderJson), (chunk, _, writer) =>
        {
            chunks[chunk] = writer.Records(findings, chunk * ChunkSize, Math.Min(findings.Count, (chunk + 1) * ChunkSize));
            return writer;
        }, writer => writer.Dispose());
        return chunks;
    }

    private static byte[] Joined((byte[] Array, int Length)[] chunks)
    {
        // Summed in a loop: LINQ over the (array, length) tuples is generic code the ReadyToRun image cannot hold.
        var total = 0;
        foreach (var (_, length) in chunks)
        {
            total += length;
        }

        var joined = new byte[total];
        var at = 0;
        foreach (var (array, length) in chunks)
        {
            array.AsSpan(0, length).CopyTo(joined.AsSpan(at));
            at += length;
            ArrayPool<byte>.Shared.Return(array);
        }

        return joined;
    }

    /// <summary>The file, where a run of <paramref name="count"/> records starts.</summary>
    private FileStream Start(int count)
    {
        file ??= new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        runs.Add(new SpoolRun(file.Position, count));
        return file;
    }

    private void WriteRun((byte[] Array, int Length)[] records, int count)
    {
        try
        {
            var run = Start(count);
            foreach (var (array, length) in records)
            {
                run.Write(array, 0, length);
            }
        }
        finally
        {
            foreach (var (array, _) in records)
            {
                ArrayPool<byte>.Shared.Return(array);
            }
        }
    }

    /// <summary>The merged report with every finding read back into memory (for output meant to be read by people).</summary>
    public EvaluationReport ToReport() => Header(Findings().ToList());

    /// <summary>Writes the merged report as JSON, reading findings back one at a time.</summary>
    /// <param name="stream">Where to write.</param>
    public void WriteJson(Stream stream) => WriteJson(stream, null, CancellationToken.None);

    /// <summary>Writes the merged report as JSON compared with a baseline, stopping when <paramref name="cancellationToken"/> is set.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="baseline">The earlier report, or null.</param>
    /// <param name="cancellationToken">Stops the writing between findings (<see cref="OperationCanceledException"/>).</param>
    public void WriteJson(Stream stream, Baseline? baseline, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ReportJsonWriter.Write(Header([]), (json, comparison) =>
        {
            var scratch = Array.Empty<byte>();
            Merge(merge =>
            {
                while (merge.Next())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var record = merge.Current.Record;
                    var state = comparison?.Next(SpooledFinding.Identity(SpooledFinding.Key(record)));
                    SpooledFinding.Split(record, out _, out _, out _, out var jsonStart);
                    if (jsonStart == record.Length)
                    {
                        ReportJsonWriter.WriteFinding(json, merge.Current.Finding(), state);
                    }
                    else
                    {
                        ReportJsonWriter.WriteRendered(json, record[jsonStart..], state, ref scratch);
                    }

                    ReportJsonWriter.FlushWhenFull(json);
                }
            });
        }, stream, baseline);
    }

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
        using var handle = Open(out var readers);
        var merge = new SpoolMerge(readers);
        while (merge.Next())
        {
            yield return merge.Current.Finding();
        }
    }

    /// <summary>Runs <paramref name="read"/> over the merge of every run (or of the part held in memory).</summary>
    private void Merge(Action<SpoolMerge> read)
    {
        using var handle = Open(out var readers);
        read(new SpoolMerge(readers));
    }

    /// <summary>Readers of every run: of the file (whose handle is returned, to be disposed), or of the part held in memory.</summary>
    private SafeFileHandle? Open(out SpoolRunReader[] readers)
    {
        if (heldRecords is { } records)
        {
            readers = [new SpoolRunReader(records, held!.Length)];
            return null;
        }

        if (file is null)
        {
            readers = [];
            return null;
        }

        file.Flush();
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        readers = runs.Select(run => new SpoolRunReader(handle, run.Start, run.Count)).ToArray();
        return handle;
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

    /// <summary>Where one part's sorted run of findings starts in the file, and how many it holds (a class: a list of value tuples is generic code the ReadyToRun image cannot hold).</summary>
    private sealed record SpoolRun(long Start, int Count);
}
