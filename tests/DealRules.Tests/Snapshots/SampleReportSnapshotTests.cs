using DealRules.Reporting;
using DealRules.Tests.Support;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit3;

namespace DealRules.Tests.Snapshots;

/// <summary>
/// The JSON report of every sample deal and sample portfolio, pinned as a reviewed snapshot in
/// __snapshots__. A changed rule shows up here as a diff; a new snapshot must be committed.
/// </summary>
public sealed class SampleReportSnapshotTests
{
    public static TheoryData<string> Documents => new(
        Directory.EnumerateFiles(Samples.Folder, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Samples.Folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    public static TheoryData<string> Portfolios => new(
        Directory.EnumerateDirectories(Samples.Folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Samples.Folder, path).Replace('\\', '/'))
            .Prepend(".")
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Report_of_each_sample_deal(string sample)
    {
        var report = Evaluation.Evaluate(Samples.Read(sample));

        Snapshot.Match(JToken.Parse(ReportJsonWriter.ToJson(report)), SnapshotNameExtension.Create(SnapshotName(sample)));
    }

    [Theory]
    [MemberData(nameof(Portfolios))]
    public void Report_of_each_sample_portfolio(string folder)
    {
        var documents = Directory.EnumerateFiles(Path.Combine(Samples.Folder, folder), "*.json", SearchOption.AllDirectories)
            .Select(path => Samples.Read(Path.GetRelativePath(Samples.Folder, path).Replace('\\', '/')))
            .ToArray();

        var report = Evaluation.Evaluator.Evaluate(documents);

        Snapshot.Match(JToken.Parse(ReportJsonWriter.ToJson(report)), SnapshotNameExtension.Create(folder == "." ? "all-samples" : SnapshotName(folder)));
    }

    private static string SnapshotName(string path) => Path.ChangeExtension(path, null).Replace('/', '_');
}
