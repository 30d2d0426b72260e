using System.Reflection;
using System.Text.RegularExpressions;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.Tests;

/// <summary>
/// Docs and release tracking cannot drift from the code: every descriptor has its page, its link and its release entry.
/// The descriptors are found where they live, on the analyzers that report them; there is no list to keep.
/// </summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> Ids => new(All().Select(d => d.Id));

    /// <summary>The analyzers the compiler loads: the types of the analyzer assembly marked <c>[DiagnosticAnalyzer]</c>.</summary>
    private static DiagnosticAnalyzer[] Analyzers() =>
        typeof(NRulesAnalyzer).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToArray();

    /// <summary>Every descriptor the analyzers report.</summary>
    private static DiagnosticDescriptor[] All() => Analyzers().SelectMany(a => a.SupportedDiagnostics).ToArray();

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_a_docs_page_with_its_title_and_every_section(string id)
    {
        var descriptor = All().Single(d => d.Id == id);
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
    public void Help_link_is_the_repository_url_of_a_page_that_exists(string id)
    {
        var descriptor = All().Single(d => d.Id == id);
        var prefix = RepositoryUrl() + "/blob/main/";

        Assert.StartsWith(prefix, descriptor.HelpLinkUri, StringComparison.Ordinal);
        var path = descriptor.HelpLinkUri[prefix.Length..];
        Assert.Equal($"docs/diagnostics/{id}.md", path);
        Assert.True(File.Exists(Path.Combine(Repository.Root, path)), $"{descriptor.HelpLinkUri} maps to {path}, which does not exist");
    }

    [Fact]
    public void Packages_state_the_repository_the_help_links_point_into()
    {
        Assert.Equal(Descriptors.RepositoryUrl, RepositoryUrl());
        var props = File.ReadAllText(Path.Combine(Repository.Root, "Directory.Build.props"));
        Assert.Contains("<PackageProjectUrl>$(RepositoryUrl)</PackageProjectUrl>", props, StringComparison.Ordinal);
        Assert.Contains("<RepositoryType>git</RepositoryType>", props, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Docs_page_states_the_severity_and_the_category_users_configure_it_by(string id)
    {
        var descriptor = All().Single(d => d.Id == id);
        var text = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics", id + ".md"));

        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", text, StringComparison.Ordinal);
        Assert.Contains($"| Category | `{descriptor.Category}` |", text, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", text, StringComparison.Ordinal);
        Assert.Contains($"dotnet_analyzer_diagnostic.category-{descriptor.Category}.severity", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Readme_table_has_a_row_with_the_link_severity_and_fix_of_the_descriptor(string id)
    {
        var descriptor = All().Single(d => d.Id == id);
        var rows = ReadmeDiagnosticRows();

        var cells = Assert.Single(rows, r => r[0] == $"[{id}](docs/diagnostics/{id}.md)");
        Assert.Equal(descriptor.DefaultSeverity.ToString().ToLowerInvariant(), cells[1]);
        Assert.NotEqual("", cells[2]);
        Assert.Equal(Fixes().Contains(id), cells[3].Length > 0);
    }

    [Fact]
    public void Readme_table_lists_the_descriptors_in_order_and_nothing_else()
    {
        var listed = ReadmeDiagnosticRows().Select(r => Regex.Match(r[0], @"^\[(DR[0-9]{4})\]").Groups[1].Value);

        Assert.Equal(All().Select(d => d.Id).Order(StringComparer.Ordinal), listed);
    }

    /// <summary>The cells of each row of the README's table of diagnostics: id, severity, reported when, fix.</summary>
    private static string[][] ReadmeDiagnosticRows() =>
        File.ReadAllLines(Path.Combine(Repository.Root, "README.md"))
            .Where(line => line.StartsWith("| [DR", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())
            .ToArray();

    /// <summary>The ids the code fixes fix.</summary>
    private static HashSet<string> Fixes() =>
        typeof(DealRules.CodeFixes.DocumentCodeFix<>).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(t))
            .SelectMany(t => ((Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_code_fix_fixes_a_descriptor_and_mirrors_its_analyzer()
    {
        var fixes = typeof(DealRules.CodeFixes.DocumentCodeFix<>).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (Type: t, Fix: (Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)Activator.CreateInstance(t)!))
            .ToArray();

        Assert.NotEmpty(fixes);
        Assert.All(fixes, fix =>
        {
            var id = Assert.Single(fix.Fix.FixableDiagnosticIds);
            Assert.Contains(All(), d => d.Id == id);
            var folder = id[..3] + "000";
            Assert.True(File.Exists(Path.Combine(Repository.Root, "src", "DealRules.CodeFixes", folder, fix.Type.Name + ".cs")), $"{fix.Type.Name} is not in {folder}/");
        });
    }

    /// <summary>The <c>RepositoryUrl</c> every package of the repository states.</summary>
    private static string RepositoryUrl()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props"));
        return props.Descendants("RepositoryUrl").Single().Value;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_tracked_in_the_release_files_with_its_severity(string id)
    {
        var descriptor = All().Single(d => d.Id == id);
        var unshipped = File.ReadAllText(Path.Combine(Repository.Root, "src", "DealRules.Analyzers", "AnalyzerReleases.Unshipped.md"));

        Assert.Matches(new Regex($@"^{id} \| {Regex.Escape(descriptor.Category)} \| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline), unshipped);
    }

    [Fact]
    public void Every_docs_page_belongs_to_a_descriptor()
    {
        var pages = Directory.GetFiles(Path.Combine(Repository.Root, "docs", "diagnostics"), "DR*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(All().Select(d => d.Id).Order(), pages.Order());
    }

    [Fact]
    public void Every_analyzer_is_loaded_by_the_compiler_and_reports_one_descriptor()
    {
        var concrete = typeof(NRulesAnalyzer).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t));
        var analyzers = Analyzers();

        Assert.Equal(concrete.Select(t => t.Name).Order(StringComparer.Ordinal), analyzers.Select(a => a.GetType().Name).Order(StringComparer.Ordinal));
        Assert.All(analyzers, a => Assert.IsAssignableFrom<NRulesAnalyzer>(a));
        Assert.All(analyzers, a => Assert.Single(a.SupportedDiagnostics));
        Assert.Distinct(All().Select(d => d.Id), StringComparer.Ordinal);
    }

    [Fact]
    public void Every_descriptor_is_declared_by_the_analyzer_that_reports_it()
    {
        var declared = typeof(NRulesAnalyzer).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .ToArray();

        Assert.All(declared, field =>
        {
            var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
            Assert.True(
                typeof(DiagnosticAnalyzer).IsAssignableFrom(field.DeclaringType)
                && ((DiagnosticAnalyzer)Activator.CreateInstance(field.DeclaringType!)!).SupportedDiagnostics.Contains(descriptor),
                $"{field.DeclaringType!.Name}.{field.Name} ({descriptor.Id}) is not declared by the analyzer that reports it");
        });
        Assert.All(Analyzers(), analyzer => Assert.All(analyzer.SupportedDiagnostics, descriptor => Assert.Contains(
            declared, f => f.DeclaringType == analyzer.GetType() && ReferenceEquals(f.GetValue(null), descriptor))));
    }

    [Fact]
    public void Analyzer_files_are_named_after_their_class_in_their_id_range_folder()
    {
        Assert.All(Analyzers(), analyzer =>
        {
            var type = analyzer.GetType();
            var id = analyzer.SupportedDiagnostics[0].Id;
            var folder = id[..3] + "000";
            Assert.True(File.Exists(Path.Combine(Repository.Root, "src", "DealRules.Analyzers", folder, type.Name + ".cs")), $"{type.Name} for {id} is not in {folder}/");
            Assert.True(File.Exists(Path.Combine(Repository.Root, "tests", "DealRules.Analyzers.Tests", folder, type.Name + "Tests.cs")), $"{type.Name} has no tests in {folder}/");
        });
    }
}
