using System.Globalization;
using DealRules.Documents;
using DealRules.TestSupport;

namespace DealRules.Benchmarks;

/// <summary>
/// Writes generated documents into a folder, one file a deal, for timing the whole command on them:
/// <c>folder DIR COUNT</c> (independent deals, seed 3, as the quick table's) or <c>folder DIR COUNT dense PARTIES</c>.
/// </summary>
internal static class FolderGenerator
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var count))
        {
            Console.Error.WriteLine("usage: folder DIR COUNT [dense PARTIES]");
            return 2;
        }

        var deals = args is [_, _, "dense", var parties]
            ? new SyntheticDeals(2).Dense(count, int.Parse(parties, CultureInfo.InvariantCulture))
            : new SyntheticDeals(3).Independent(count);
        Directory.CreateDirectory(args[0]);
        foreach (var deal in deals)
        {
            File.WriteAllText(Path.Combine(args[0], deal.Id + ".json"), DealDocumentWriter.Write(deal));
        }

        return 0;
    }
}
