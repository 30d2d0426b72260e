namespace DealRules.Cli.Output;

/// <summary>The formats <c>evaluate --format</c> writes.</summary>
internal enum ReportFormat
{
    /// <summary>For a terminal: findings grouped by deal, coloured by severity where supported.</summary>
    Table,

    /// <summary>The JSON report of the command-line contract.</summary>
    Json,

    /// <summary>For pasting into a review.</summary>
    Markdown,

    /// <summary>SARIF 2.1.0, for code-scanning tools that annotate deal files.</summary>
    Sarif,

    /// <summary>One self-contained HTML file: findings with filters, the money-flow graph, the deals and their sources.</summary>
    Html,
}

/// <summary>Format names as typed, and the format an output file's extension implies.</summary>
internal static class ReportFormats
{
    public static readonly string[] Names = ["table", "json", "markdown", "sarif", "html"];

    public static ReportFormat Parse(string name) => name switch
    {
        "json" => ReportFormat.Json,
        "markdown" => ReportFormat.Markdown,
        "sarif" => ReportFormat.Sarif,
        "html" => ReportFormat.Html,
        _ => ReportFormat.Table,
    };

    /// <summary>The format a file name asks for (<c>.json</c>, <c>.md</c>, <c>.sarif</c>, <c>.sarif.json</c>, <c>.html</c>); null for any other.</summary>
    public static ReportFormat? FromExtension(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".sarif", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".sarif.json", StringComparison.OrdinalIgnoreCase) ? ReportFormat.Sarif
            : name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReportFormat.Json
            : name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) ? ReportFormat.Markdown
            : name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? ReportFormat.Html
            : null;
    }
}
