using DealRules.Documents;

namespace DealRules.Engine;

// How the evaluator splits documents into the batches its sessions evaluate.
public sealed partial class DealEvaluator
{
    /// <summary>
    /// The portfolio's connected groups packed into batches, each with the format it is read under:
    /// a group's format is the highest of its documents', and groups of different formats never
    /// share a batch, so that a format 1 group is evaluated exactly as it always was.
    /// </summary>
    private List<Batch> BatchesByFormat(List<DealDocument> documents)
    {
        var components = PortfolioComponents.Of(documents);
        var formatOf = new int[components.Count];
        var formats = new List<int>();
        for (var i = 0; i < components.Count; i++)
        {
            formatOf[i] = HighestFormat(components[i]);
            if (!formats.Contains(formatOf[i]))
            {
                formats.Add(formatOf[i]);
            }
        }

        formats.Sort();
        var batches = new List<Batch>();
        foreach (var format in formats)
        {
            var ofFormat = new List<List<DealDocument>>();
            for (var i = 0; i < components.Count; i++)
            {
                if (formatOf[i] == format)
                {
                    ofFormat.Add(components[i]);
                }
            }

            foreach (var batch in PortfolioComponents.Batches(ofFormat, SessionBatchSize))
            {
                batches.Add(new Batch(batch, format));
            }
        }

        return batches;
    }

    /// <summary>The highest schema version of the documents (a loop: LINQ's Max over ints is generic code the ReadyToRun image cannot hold).</summary>
    internal static int HighestFormat(IEnumerable<DealDocument> documents)
    {
        var highest = int.MinValue;
        foreach (var document in documents)
        {
            highest = Math.Max(highest, document.Deal.SchemaVersion);
        }

        return highest;
    }

    /// <summary>Documents evaluated in one session, and the format they are read under (a class, not a value tuple, for the reason <see cref="HighestFormat"/> gives).</summary>
    private sealed record Batch(List<DealDocument> Documents, int Format);
}
