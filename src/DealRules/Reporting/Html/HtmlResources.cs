using System.Reflection;

namespace DealRules.Reporting.Html;

/// <summary>The style, the layout library and the script the HTML report embeds, read once from this assembly's resources.</summary>
internal static class HtmlResources
{
    private const string Prefix = "DealRules.Reporting.Html.";

    /// <summary>The vendored modules, in the order their UMD wrappers need: d3-force looks for its three dependencies on the global <c>d3</c>.</summary>
    private static readonly string[] LibraryFiles = ["d3-dispatch.min.js", "d3-timer.min.js", "d3-quadtree.min.js", "d3-force.min.js", "d3-hierarchy.min.js"];

    private static readonly Lazy<string> StyleText = new(() => Read("report.css"));
    private static readonly Lazy<string> LibraryText = new(() => string.Join("\n", LibraryFiles.Select(f => Read("vendor." + f).TrimEnd())) + "\n");
    private static readonly Lazy<string> ScriptText = new(() => Read("report.js"));

    public static string Style => StyleText.Value;

    public static string Library => LibraryText.Value;

    public static string Script => ScriptText.Value;

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The HTML report's resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        // Resources are text files in the repository: their line endings must not change the report's bytes on a checkout that converts them.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
