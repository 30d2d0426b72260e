using DealRules.Engine;
using DealRules.Strategic;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit3;
using Xunit;

namespace DealRules.Testing.Tests;

/// <summary>Reports pinned with Snapshooter, as a test writer would; the snapshots sit in __snapshots__ beside this file.</summary>
public sealed class SnapshotTests
{
    private static readonly RulesTestFixture Catalog = RulesTestFixture.For(RulePack.FromAssemblyOf<StrategicRules>());

    private static string Case(string name) => Path.Combine(AppContext.BaseDirectory, "cases", name);

    [Fact]
    public void Report_json_of_a_case_matches_its_snapshot()
    {
        var result = Catalog.Evaluate(DealFiles.ReadFolder(Case("loop-portfolio")));

        Snapshot.Match(JToken.Parse(result.ToSnapshotJson()));
    }

    [Fact]
    public void The_report_object_itself_matches_its_snapshot()
    {
        var result = Catalog.Evaluate(DealFiles.ReadFolder(Case("licence-and-hire")));

        result.Report.MatchSnapshot();
    }

    [Fact]
    public void Finding_lines_match_their_snapshot()
    {
        var result = Catalog.Evaluate(DealFiles.ReadFolder(Case("microsoft-buyers")));

        Snapshot.Match(result.Report.ToFindingLines());
    }

    [Fact]
    public void Snapshot_json_is_the_same_bytes_for_the_same_input_wherever_the_files_are()
    {
        using var elsewhere = new CopiedCase(Case("coreweave-suppliers"));

        var here = Catalog.Evaluate(DealFiles.ReadFolder(Case("coreweave-suppliers"))).ToSnapshotJson();
        var there = Catalog.Evaluate(DealFiles.ReadFolder(elsewhere.Path)).ToSnapshotJson();

        Assert.Equal(here, there);
    }

    private sealed class CopiedCase : IDisposable
    {
        public CopiedCase(string source)
        {
            Path = Directory.CreateTempSubdirectory("dealrules-testing-").FullName;
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
            }
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
