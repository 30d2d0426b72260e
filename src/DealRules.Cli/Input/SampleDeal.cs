namespace DealRules.Cli.Input;

/// <summary>
/// What <c>evaluate</c> reads when it is given no path and nothing is piped into it: the corpus of
/// real deals that ships inside the tool (<c>rules/deals</c>, embedded as resources), so that a first
/// run shows the AI deal web as it is reported. Each document is read as any other input is.
/// </summary>
internal static class SampleDeal
{
    private const string Prefix = "DealRules.Cli.deals.";
    private const string SourcePrefix = "(shipped) rules/deals/";

    /// <summary>The line said on standard error when the corpus is evaluated.</summary>
    public static string Notice(int count) =>
        $"dealrules: no path given and nothing piped in; evaluating the {count} real deals shipped in the tool (rules/deals, public reporting 2019-2026). " +
        "Name files or folders, or pipe a document in, to evaluate your own.";

    /// <summary>The names reports give the shipped documents, in order.</summary>
    public static IReadOnlyList<string> Sources() =>
        typeof(SampleDeal).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => SourcePrefix + name[Prefix.Length..])
            .ToArray();

    /// <summary>A shipped document's bytes.</summary>
    /// <param name="source">One of <see cref="Sources"/>.</param>
    public static byte[] Bytes(string source)
    {
        using var stream = typeof(SampleDeal).Assembly.GetManifestResourceStream(Prefix + source[SourcePrefix.Length..])!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
