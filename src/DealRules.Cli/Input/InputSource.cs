using DealRules.Input;

namespace DealRules.Cli.Input;

/// <summary>Where a document comes from.</summary>
internal enum InputOrigin
{
    /// <summary>A path named on the command line (a pipe such as <c>&lt;(cat deal.json)</c> is read too).</summary>
    Named,

    /// <summary>A regular file found below a folder named on the command line.</summary>
    Found,

    /// <summary>Standard input (<c>-</c>, or no path with something piped in).</summary>
    StandardInput,

    /// <summary>A document of the corpus shipped in the tool.</summary>
    Sample,
}

/// <summary>One document to read: its name in problems and reports, where it comes from, and which file it is (when it is one).</summary>
internal sealed record InputSource(string Name, InputOrigin Origin, FileIdentity? Identity)
{
    /// <summary>True for standard input read because no path was named (its being empty means "no documents").</summary>
    public bool Implicit { get; init; }

    /// <summary>The name standard input goes by in problems and reports.</summary>
    public const string StandardInputName = "<stdin>";
}
