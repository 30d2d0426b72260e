namespace DealRules.Cli.Input;

/// <summary>
/// What <c>evaluate</c> reads when it is given no path and nothing is piped into it: the sample deal
/// that ships inside the tool, so that a first run shows something real. The one seam to change when
/// the default becomes another set of documents.
/// </summary>
internal static class SampleDeal
{
    private const string Resource = "DealRules.Cli.sample-deal.json";

    /// <summary>The name reports give the sample's source.</summary>
    public const string Source = "(sample) amazon-openai-2025-12.json";

    /// <summary>The line said on standard error when the sample is evaluated.</summary>
    public const string Notice =
        "dealrules: no path given and nothing piped in; evaluating the sample deal shipped in the tool (amazon-openai-2025-12). " +
        "Name files or folders, or pipe a document in, to evaluate your own.";

    /// <summary>The sample's bytes, read as any other input is.</summary>
    public static byte[] Bytes()
    {
        using var stream = typeof(SampleDeal).Assembly.GetManifestResourceStream(Resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
