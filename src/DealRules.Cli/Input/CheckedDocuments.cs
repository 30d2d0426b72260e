using System.Security.Cryptography;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Input;

namespace DealRules.Cli.Input;

/// <summary>
/// A document that passed every check. It is held in memory when the portfolio is small enough (or
/// when it cannot be read again: standard input, a pipe); otherwise only what joins it to others is
/// kept, with a hash of its bytes so that reading it again for evaluation proves it unchanged.
/// </summary>
internal sealed record CheckedDocument(InputSource Source, string DealId, IReadOnlyList<string> Parties, DealDocument? Held, byte[] Hash)
{
    /// <summary>Where each top-level entry of the document starts, for reports that point into files (SARIF); null when not asked for.</summary>
    public IReadOnlyDictionary<string, TextPosition>? Positions { get; init; }
}

/// <summary>What checking every input gave.</summary>
internal sealed record CheckResult(IReadOnlyList<CheckedDocument> Accepted, IReadOnlyList<DocumentProblem> Problems, IReadOnlyList<DocumentProblem> Warnings);

/// <summary>Reads each input once, checks it alone and against the others (<see cref="PortfolioConsistency"/>).</summary>
internal static class CheckedDocuments
{
    /// <summary>Inputs that are read into memory at most; a larger portfolio is evaluated in batches read again from disk.</summary>
    public const int HeldAtMost = 2_000;

    public static CheckResult Check(
        IReadOnlyList<InputSource> sources, Func<Stream?> standardInput, bool wantPositions, Action<int> progress, CancellationToken interrupted)
    {
        var problems = new List<DocumentProblem>();
        var warnings = new List<DocumentProblem>();
        var accepted = new List<CheckedDocument>(sources.Count);
        var consistency = new PortfolioConsistency();
        var hold = sources.Count <= HeldAtMost;
        for (var i = 0; i < sources.Count; i++)
        {
            interrupted.ThrowIfCancellationRequested();
            var source = sources[i];
            var (bytes, problem) = ReadBytes(source, standardInput);
            if (bytes is null)
            {
                problems.Add(problem!);
                progress(i + 1);
                continue;
            }

            var result = DealDocumentReader.Read(bytes, source.Name);
            problems.AddRange(result.Problems);
            if (result.Document is { } document)
            {
                var check = consistency.Add(document);
                problems.AddRange(check.Errors);
                warnings.AddRange(check.Warnings);
                if (check.Errors.Count == 0)
                {
                    var keep = hold || source.Origin is InputOrigin.StandardInput or InputOrigin.Sample || source.Identity is null || IsPipe(source);
                    accepted.Add(new CheckedDocument(source, document.Deal.Id, document.Deal.Parties.Select(p => p.Id).ToArray(), keep ? document : null, SHA256.HashData(bytes))
                    {
                        Positions = wantPositions ? JsonLocations.Find(bytes, EntryLocations(document)) : null,
                    });
                }
            }

            progress(i + 1);
        }

        return new CheckResult(accepted, problems, warnings);
    }

    /// <summary>Documents to evaluate: those held, and the others read again and proved unchanged.</summary>
    public static (IReadOnlyList<DealDocument> Documents, IReadOnlyList<DocumentProblem> Problems) Load(IEnumerable<CheckedDocument> documents)
    {
        var loaded = new List<DealDocument>();
        var problems = new List<DocumentProblem>();
        foreach (var checkedDocument in documents)
        {
            if (checkedDocument.Held is { } held)
            {
                loaded.Add(held);
                continue;
            }

            var (bytes, problem) = ReadBytes(checkedDocument.Source, () => null);
            if (bytes is null || !SHA256.HashData(bytes).AsSpan().SequenceEqual(checkedDocument.Hash))
            {
                problems.Add(problem ?? new DocumentProblem(checkedDocument.Source.Name, "$", "the file changed while it was being evaluated"));
                continue;
            }

            loaded.Add(DealDocumentReader.Read(bytes, checkedDocument.Source.Name).Document!);
        }

        return (loaded, problems);
    }

    private static (byte[]? Bytes, DocumentProblem? Problem) ReadBytes(InputSource source, Func<Stream?> standardInput)
    {
        FileRead read;
        switch (source.Origin)
        {
            case InputOrigin.Sample:
                return (SampleDeal.Bytes(source.Name), null);
            case InputOrigin.StandardInput:
                if (standardInput() is not { } stream)
                {
                    return (null, new DocumentProblem(source.Name, "$", "standard input is a terminal; pipe a document into it or name a file"));
                }

                read = RegularFile.Read(stream, DealDocumentReader.MaximumBytes);
                if (source.Implicit && read.Bytes is { } piped && piped.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0)
                {
                    return (null, new DocumentProblem(source.Name, "$", "no documents: nothing was piped in; name files or folders, or pipe a document in"));
                }

                break;
            default:
                // A named path may be a pipe (<(cat deal.json)); a file found in a folder must be a regular file.
                read = RegularFile.Read(source.Name, DealDocumentReader.MaximumBytes, source.Origin == InputOrigin.Named ? FileReadOptions.AllowPipes : FileReadOptions.None);
                break;
        }

        return read.Succeeded ? (read.Bytes, null) : (null, new DocumentProblem(source.Name, "$", read.Problem!));
    }

    private static bool IsPipe(InputSource source) =>
        FileStatus.Of(source.Name, followLinks: true, out _) is not { Kind: FileKind.RegularFile };

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
