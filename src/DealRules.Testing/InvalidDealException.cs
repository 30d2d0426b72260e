using DealRules.Documents;

namespace DealRules.Testing;

/// <summary>A deal built or read for a test is not a valid document.</summary>
public sealed class InvalidDealException : Exception
{
    /// <summary>Creates the exception from the reader's problems.</summary>
    /// <param name="problems">Every problem, with its file and location.</param>
    public InvalidDealException(IReadOnlyList<DocumentProblem> problems)
        : base("The deal is not a valid document:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception.</summary>
    public InvalidDealException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidDealException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidDealException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Every problem.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }
}
