using System.Text.RegularExpressions;
using DealRules.Analyzers.Infrastructure;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests;

/// <summary>Docs and release tracking cannot drift from the code: every descriptor has its page, its link and its release entry.</summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> Ids => new(Descriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_a_docs_page_with_its_title_and_every_section(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var page = Path.Combine(Repository.Root, "docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Why it matters", "## How to fix", "## Example that violates the rule", "## Example that does not" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_docs_page(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);

        Assert.Equal($"https://github.com/dealrules/dealrules/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_tracked_in_the_release_files_with_its_severity(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var unshipped = File.ReadAllText(Path.Combine(Repository.Root, "src", "DealRules.Analyzers", "AnalyzerReleases.Unshipped.md"));

        Assert.Matches(new Regex($@"^{id} \| {Regex.Escape(descriptor.Category)} \| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline), unshipped);
    }

    [Fact]
    public void Every_docs_page_belongs_to_a_descriptor()
    {
        var pages = Directory.GetFiles(Path.Combine(Repository.Root, "docs", "diagnostics"), "DR*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(Descriptors.All.Select(d => d.Id).Order(), pages.Order());
    }

    [Fact]
    public void Every_descriptor_is_reported_by_exactly_one_analyzer()
    {
        var analyzers = typeof(NRulesAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(NRulesAnalyzer).IsAssignableFrom(t))
            .Select(t => (NRulesAnalyzer)Activator.CreateInstance(t)!)
            .ToArray();

        var reported = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToArray();

        Assert.Equal(Descriptors.All.Select(d => d.Id).Order(), reported.Order());
        Assert.All(analyzers, a => Assert.Single(a.SupportedDiagnostics));
    }

    [Fact]
    public void Analyzer_files_are_named_after_their_class_in_their_id_range_folder()
    {
        var analyzers = typeof(NRulesAnalyzer).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(NRulesAnalyzer).IsAssignableFrom(t));

        Assert.All(analyzers, type =>
        {
            var id = ((NRulesAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics[0].Id;
            var folder = id[..3] + "000";
            Assert.True(File.Exists(Path.Combine(Repository.Root, "src", "DealRules.Analyzers", folder, type.Name + ".cs")), $"{type.Name} for {id} is not in {folder}/");
            Assert.True(File.Exists(Path.Combine(Repository.Root, "tests", "DealRules.Analyzers.Tests", folder, type.Name + "Tests.cs")), $"{type.Name} has no tests in {folder}/");
        });
    }
}
