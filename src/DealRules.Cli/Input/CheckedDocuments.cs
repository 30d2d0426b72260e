using DealRules.Documents;
using DealRules.Input;
using DealRules.Portfolios;

namespace DealRules.Cli.Input;

/// <summary>
/// The command's inputs as the library reads them (<see cref="PortfolioReader"/>): each read once and
/// checked alone and against the others. What is the command's own is here: the shipped corpus,
/// standard input (a terminal is not read; implicit input that is empty means "no documents"), and
/// which inputs may be pipes (those named on the command line; a file found in a folder must be a
/// regular file).
/// </summary>
internal static class CheckedDocuments
{
    /// <summary>Reads and checks every source.</summary>
    /// <param name="sources">The inputs, in the order problems are reported.</param>
    /// <param name="standardInput">Standard input, when a source is <c>-</c>.</param>
    /// <param name="wantPositions">Find where each entry of a document starts (SARIF).</param>
    /// <param name="progress">Told how many inputs are checked so far.</param>
    /// <param name="interrupted">Stops the reading.</param>
    /// <param name="keepDocuments">False when the documents are only checked, never evaluated (<c>validate</c>).</param>
    public static CheckedPortfolio Check(
        IReadOnlyList<InputSource> sources, Func<Stream?> standardInput, bool wantPositions, Action<int> progress, CancellationToken interrupted, bool keepDocuments = true) =>
        PortfolioReader.Read(
            sources.Select(source => Input(source, standardInput)).ToArray(),
            new PortfolioReadOptions { Positions = wantPositions, Progress = progress, KeepDocuments = keepDocuments },
            interrupted);

    private static DocumentInput Input(InputSource source, Func<Stream?> standardInput) => source.Origin switch
    {
        InputOrigin.Sample => DocumentInput.Of(source.Name, () => new FileRead { Bytes = SampleDeal.Bytes(source.Name) }),
        InputOrigin.StandardInput => DocumentInput.Of(source.Name, () => ReadStandardInput(source, standardInput)),
        InputOrigin.Named => DocumentInput.File(source.Name, FileReadOptions.AllowPipes),
        _ => DocumentInput.File(source.Name),
    };

    private static FileRead ReadStandardInput(InputSource source, Func<Stream?> standardInput)
    {
        if (standardInput() is not { } stream)
        {
            return Failed("standard input is a terminal; pipe a document into it or name a file");
        }

        var read = RegularFile.Read(stream, DealDocumentReader.MaximumBytes);
        return source.Implicit && read.Bytes is { } piped && piped.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0
            ? Failed("no documents: nothing was piped in; name files or folders, or pipe a document in")
            : read;
    }

    private static FileRead Failed(string problem) => new() { Failure = FileReadFailure.Unreadable, Problem = problem };
}
