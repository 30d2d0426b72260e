using DealRules.Documents;

namespace DealRules.Cli.Input;

/// <summary>The sample deal that ships inside the tool, so that a first run shows something real.</summary>
internal static class SampleDeal
{
    private const string Resource = "DealRules.Cli.sample-deal.json";

    public static DealDocument Read()
    {
        using var stream = typeof(SampleDeal).Assembly.GetManifestResourceStream(Resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return DealDocumentReader.Read(buffer.ToArray(), "(sample) amazon-openai-2025-12.json").Document
            ?? throw new InvalidOperationException("The sample deal shipped in the tool is invalid.");
    }
}
