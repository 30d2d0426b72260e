using System.Text.Json;
using Snapshooter.Xunit3;

namespace DealRules.Cli.Tests;

/// <summary><c>evaluate --format html</c>, the Markdown report's loop diagram, and <c>dealrules graph</c>.</summary>
public sealed class HtmlAndGraphTests
{
    private static string LoopPortfolio => Path.Combine(CommandRun.Samples, "loop-portfolio");

    private static string Corpus => Path.Combine(AppContext.BaseDirectory, "deals");

    [Fact]
    public void Html_format_writes_one_self_contained_page_with_every_finding()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "report.html");

        var run = CommandRun.Of("evaluate", "--format", "html", "--output", path);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(45, html.Split("<tr id=\"finding-").Length - 1);
        Assert.Contains("id=\"graph-data\"", html, StringComparison.Ordinal);
        Assert.Equal(html, CommandRun.Of("evaluate", "--format", "html").Out);
    }

    [Fact]
    public void Markdown_of_the_loop_sample_embeds_a_mermaid_diagram_of_its_loop()
    {
        var run = CommandRun.Of("evaluate", LoopPortfolio, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Out.Replace(CommandRun.Samples, "SAMPLES", StringComparison.Ordinal).Split('\n'));
    }

    [Fact]
    public void Markdown_without_a_loop_has_no_diagram()
    {
        var run = CommandRun.Of("evaluate", Path.Combine(CommandRun.Samples, "amazon-openai-2025-12.json"), "--format", "markdown");

        Assert.DoesNotContain("```mermaid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_with_no_path_draws_the_shipped_corpus_as_dot()
    {
        var run = CommandRun.Of("graph");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("digraph money {", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"nvidia\" -> \"openai\" [label=\"investment up to $100.0B\"", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("dealrules: no path given; drawing the 37 real deals", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_as_json_of_the_corpus_folder_is_the_graph_of_the_shipped_corpus()
    {
        var shipped = CommandRun.Of("graph", "--format", "json").Out;
        var folder = CommandRun.Of("graph", Corpus, "--format", "json").Out;

        using var json = JsonDocument.Parse(folder);
        Assert.Equal(Edges(shipped), Edges(folder));
        Assert.Equal("nvidia openai oracle", string.Join(' ', json.RootElement.GetProperty("loops")[0].GetProperty("parties").EnumerateArray().Select(p => p.GetString())));
    }

    [Fact]
    public void Graph_as_mermaid_reads_the_profile_for_the_loop_threshold()
    {
        using var folder = new TemporaryFolder();
        var profile = folder.File("high-bar.json", """{ "circular.cycleMinimumAmount": 500000000000 }""");
        var output = Path.Combine(folder.Path, "graph.mmd");

        var run = CommandRun.Of("graph", Corpus, "--format", "mermaid", "--profile", profile, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Out);
        var mermaid = File.ReadAllText(output);
        Assert.StartsWith("flowchart LR\n", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("==>", mermaid, StringComparison.Ordinal);
        Assert.Contains("==>", CommandRun.Of("graph", Corpus, "--format", "mermaid").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_of_a_bad_document_is_bad_input_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var bad = folder.File("bad.json", """{ "schemaVersion": 1 }""");

        var run = CommandRun.Of("graph", bad, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains(bad, run.Error, StringComparison.Ordinal);
    }

    private static string Edges(string graph)
    {
        using var json = JsonDocument.Parse(graph);
        return json.RootElement.GetProperty("edges").GetRawText();
    }
}
