namespace DealRules.Engine;

/// <summary>
/// A rule pack running in a worker process failed as a whole: the process died, overran a limit (a
/// deadline, memory) or answered with something that is not a report of this pack. Nothing of the
/// evaluation is kept; the next evaluation starts a fresh worker.
/// </summary>
public sealed class RulePackFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="pack">The pack's name.</param>
    /// <param name="limit">The limit it hit, or what went wrong, in a few words (<c>evaluation deadline of 30 s</c>).</param>
    /// <param name="message">The whole message.</param>
    public RulePackFailedException(string pack, string limit, string message) : base(message)
    {
        Pack = pack;
        Limit = limit;
    }

    /// <summary>The pack's name.</summary>
    public string Pack { get; }

    /// <summary>The limit it hit, or what went wrong.</summary>
    public string Limit { get; }
}
