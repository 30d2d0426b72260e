namespace DealRules.Authoring;

/// <summary>A rule pack cannot be loaded: its metadata is missing or inconsistent, or its rules do not compile.</summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RulePackException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public RulePackException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RulePackException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
