namespace DealRules.Testing;

/// <summary>A rule did not fire as a test expected; the message says what was expected, what was found, and why a rule that did not fire did not.</summary>
public sealed class RuleAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleAssertionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RuleAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
