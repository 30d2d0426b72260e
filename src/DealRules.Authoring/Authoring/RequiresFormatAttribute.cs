namespace DealRules.Authoring;

/// <summary>
/// Marks a rule that reads what only a later document format can say: the rule runs only on groups
/// of connected documents of which at least one is of <paramref name="format"/> or later, so that the
/// reports of older documents stay exactly as they were. A rule without it runs on every document.
/// </summary>
/// <param name="format">The lowest document format (<c>schemaVersion</c>) the rule runs on; 2 for catalog 2's rules.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresFormatAttribute(int format) : Attribute
{
    /// <summary>The lowest document format the rule runs on.</summary>
    public int Format { get; } = format;
}
