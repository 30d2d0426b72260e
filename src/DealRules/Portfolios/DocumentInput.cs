using DealRules.Documents;
using DealRules.Input;

namespace DealRules.Portfolios;

/// <summary>
/// One document of a portfolio to read: the name problems and reports give it, and how its bytes are
/// read. <see cref="PortfolioReader"/> reads each input exactly once.
/// </summary>
public sealed class DocumentInput
{
    private readonly Func<FileRead> read;

    private DocumentInput(string name, Func<FileRead> read)
    {
        Name = name;
        this.read = read;
    }

    /// <summary>The name problems and reports give the document (usually its path as given).</summary>
    public string Name { get; }

    /// <summary>A file, read through <see cref="RegularFile"/>: a regular file only (a pipe too when <paramref name="options"/> allow it), at most <see cref="DealDocumentReader.MaximumBytes"/>.</summary>
    /// <param name="path">The path; problems name it as given.</param>
    /// <param name="options">Whether links are refused and pipes allowed.</param>
    public static DocumentInput File(string path, FileReadOptions options = FileReadOptions.None) =>
        new(path, () => RegularFile.Read(path, DealDocumentReader.MaximumBytes, options));

    /// <summary>A document held in memory.</summary>
    /// <param name="name">Its name in problems and reports.</param>
    /// <param name="utf8Json">Its bytes.</param>
    public static DocumentInput Of(string name, byte[] utf8Json) => new(name, () => new FileRead { Bytes = utf8Json });

    /// <summary>A document read by the caller's own means (standard input, a resource), called once; a failed read's <see cref="FileRead.Problem"/> is reported at the document's root.</summary>
    /// <param name="name">Its name in problems and reports.</param>
    /// <param name="read">Reads the bytes, once.</param>
    public static DocumentInput Of(string name, Func<FileRead> read) => new(name, read);

    internal FileRead Read() => read();
}
