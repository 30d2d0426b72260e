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
    /// <summary>One self-contained HTML file: findings with filters, the money-flow graph, the deals and their sources.</summary>
    Html,
}
