using System.Text.RegularExpressions;
using DealRules.Engine;
using DealRules.Model;
using NetArchTest.Rules;

namespace DealRules.Tests.Architecture;

/// <summary>
/// The layers of docs/architecture.md hold in the compiled code: no namespace of ours uses one below
/// it in the page's table (or beside it), namespaces form no cycle, and the authoring assembly that
/// rule packs compile against stays free of the engine and of anything that reads or writes.
/// </summary>
public sealed partial class LayeringTests
{
    private static readonly System.Reflection.Assembly Authoring = typeof(Deal).Assembly;
    private static readonly System.Reflection.Assembly Library = typeof(DealEvaluator).Assembly;
    private static readonly Lazy<NamespaceGraph> Graph = new(() => NamespaceGraph.Of(Authoring, Library));

    /// <summary>The namespaces of the page's table, lowest layer first.</summary>
    private static readonly string[] Layers = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "architecture.md"))
        .Select(line => LayerRow().Match(line))
        .Where(match => match.Success)
        .Select(match => match.Groups["namespace"].Value)
        .ToArray();

    [Fact]
    public void Namespaces_form_no_cycle()
    {
        var cycles = Graph.Value.Cycles();

        Assert.True(cycles.Count == 0, "Namespaces use each other in a cycle:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Every_namespace_uses_only_the_layers_below_it()
    {
        var upward = Graph.Value.Edges
            .Where(edge => Array.IndexOf(Layers, edge.Key.To) >= Array.IndexOf(Layers, edge.Key.From))
            .Select(edge => $"{edge.Key.From} (layer {Array.IndexOf(Layers, edge.Key.From) + 1}) uses {edge.Key.To} " +
                            $"(layer {Array.IndexOf(Layers, edge.Key.To) + 1}) in {string.Join(", ", edge.Value)}")
            .ToArray();

        Assert.True(upward.Length == 0, "A namespace uses one at or above its own layer in docs/architecture.md:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void The_architecture_page_lists_every_namespace_once()
    {
        Assert.NotEmpty(Layers);
        Assert.Equal(Layers.Length, Layers.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Graph.Value.Namespaces, Layers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_authoring_assembly_references_neither_the_engine_nor_anything_that_reads_or_writes()
    {
        var references = Authoring.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain(references, name => name == Library.GetName().Name || name.StartsWith("DealRules.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name.StartsWith("FluentValidation", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("System.IO", StringComparison.Ordinal)
            || name.StartsWith("System.Net", StringComparison.Ordinal) || name.StartsWith("System.Text.Json", StringComparison.Ordinal));
    }

    [Fact]
    public void Authoring_types_use_no_engine_namespace_and_none_that_uses_System_IO()
    {
        var engine = Library.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith("DealRules", StringComparison.Ordinal)).Distinct();
        var usingIo = Graph.Value.Namespaces.Where(n => !Types.InAssemblies([Authoring, Library])
            .That().ResideInNamespaceMatching($"^{Regex.Escape(n)}$").ShouldNot().HaveDependencyOn("System.IO").GetResult().IsSuccessful);
        var forbidden = engine.Concat(usingIo).Concat(["System.IO", "System.Net", "Microsoft.CodeAnalysis", "FluentValidation"])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        var result = Types.InAssembly(Authoring).Should().NotHaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful,
            $"Authoring types use one of {string.Join(", ", forbidden)}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [GeneratedRegex(@"^\| (?<layer>[0-9]+) \| `(?<namespace>DealRules[A-Za-z.]*)` \|")]
    private static partial Regex LayerRow();
}
