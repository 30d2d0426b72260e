namespace DealRules.Testing;

/// <summary>How many times a rule is expected to fire (to make findings), as in NRules' testing fixture.</summary>
public sealed class Times
{
    private readonly Func<int, bool> accepts;

    private Times(string description, Func<int, bool> accepts)
    {
        Description = description;
        this.accepts = accepts;
    }

    /// <summary>Exactly once.</summary>
    public static Times Once { get; } = Exactly(1);

    /// <summary>Exactly twice.</summary>
    public static Times Twice { get; } = Exactly(2);

    /// <summary>Not at all.</summary>
    public static Times Never { get; } = Exactly(0);

    /// <summary>Once or more.</summary>
    public static Times AtLeastOnce { get; } = AtLeast(1);

    /// <summary>What is expected, in words: <c>exactly once</c>.</summary>
    public string Description { get; }

    /// <summary>Exactly <paramref name="count"/> times.</summary>
    /// <param name="count">The count.</param>
    public static Times Exactly(int count) => new(count switch { 0 => "never", 1 => "exactly once", _ => $"exactly {count} times" }, n => n == count);

    /// <summary>At least <paramref name="count"/> times.</summary>
    /// <param name="count">The count.</param>
    public static Times AtLeast(int count) => new(count == 1 ? "at least once" : $"at least {count} times", n => n >= count);

    /// <summary>At most <paramref name="count"/> times.</summary>
    /// <param name="count">The count.</param>
    public static Times AtMost(int count) => new(count == 1 ? "at most once" : $"at most {count} times", n => n <= count);

    /// <summary>True when <paramref name="count"/> firings meet the expectation.</summary>
    /// <param name="count">How many times the rule fired.</param>
    public bool Accepts(int count) => accepts(count);

    /// <inheritdoc />
    public override string ToString() => Description;
}
