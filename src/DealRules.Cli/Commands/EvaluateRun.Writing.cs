using System.Text;
using DealRules.Compilation;
using DealRules.Cli.Input;
using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Graphs;
using DealRules.Engine;
using DealRules.Portfolios;
using DealRules.Profiles;
using DealRules.Reporting;
using DealRules.Reporting.Html;

namespace DealRules.Cli.Commands;
/// <summary>Writing the report of one <c>evaluate</c> run: whole or not at all, in the format asked, compared with a baseline when one is given.</summary>
internal sealed partial class EvaluateRun
{
    private void Write(
        ReportSpool spool, RulePack pack, ReportTarget? target, Baseline? baseline, IReadOnlyDictionary<string, SarifReportWriter.DealFile> dealFiles, MoneyGraph? graph)
    {
        var interrupted = console.Interrupted;
        void Render(Stream stream, CliConsole textConsole)
        {
            switch (options.Format)
            {
                case ReportFormat.Json:
                    spool.WriteJson(stream, baseline, interrupted);
                    break;
                case ReportFormat.Sarif:
                    var header = spool.ToReport(interrupted);
                    SarifReportWriter.Write(stream, pack, header, header.Findings, dealFiles, baseline, interrupted);
                    break;
                case ReportFormat.Markdown:
                {
                    var (report, states, gone) = Compared(spool, baseline);
                    stream.Write(Encoding.UTF8.GetBytes(MarkdownReportWriter.Write(report, graph, states, gone)));
                    break;
                }

                case ReportFormat.Html:
                    stream.Write(Encoding.UTF8.GetBytes(HtmlReportWriter.ToHtml(spool.ToReport(interrupted), graph ?? MoneyGraph.Of([]))));
                    break;

                default:
                {
                    var (report, states, gone) = Compared(spool, baseline);
                    TableReportRenderer.Render(report, textConsole.IsTerminal ? textConsole.Rich() : null, textConsole.Out, CliConsole.RedirectedWidth, states, gone);
                    break;
                }
            }
        }

        if (target is not null)
        {
            target.Write(stream =>
            {
                using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
                Render(stream, console with { Out = text, IsTerminal = false });
                text.Flush();
            }, console);
            return;
        }

        if (options.Format == ReportFormat.Table)
        {
            Render(Stream.Null, console);
        }
        else if (console.StandardOutput is { } standardOutput)
        {
            console.Out.Flush();
            Render(standardOutput, console);
            standardOutput.Flush();
        }
        else
        {
            using var buffer = new MemoryStream();
            Render(buffer, console);
            console.Out.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        console.Out.Flush();
    }

    private (EvaluationReport Report, IReadOnlyList<BaselineState>? States, IReadOnlyList<BaselineFinding>? Gone) Compared(ReportSpool spool, Baseline? baseline)
    {
        var report = spool.ToReport(console.Interrupted);
        if (baseline is null)
        {
            return (report, null, null);
        }

        var comparison = baseline.Compare();
        var states = report.Findings.Select(comparison.Next).ToArray();
        return (report, states, comparison.Gone());
    }

    /// <summary>The money-flow graph of the documents evaluated, a part per batch, joined when the report is written.</summary>
    private sealed class GraphParts(MoneyGraphOptions options)
    {
        private readonly List<MoneyGraph> parts = [];

        /// <summary>
        /// The batch's graph, built in shares of whole groups on every core (the batch's evaluation is done and
        /// the cores are free): shares of whole groups share no party, so joined they are the batch's graph.
        /// </summary>
        public void Add(IReadOnlyList<DealDocument> documents)
        {
            var shares = PortfolioComponents.Batches(PortfolioComponents.Of(documents), Math.Max(64, documents.Count / (4 * Environment.ProcessorCount))).ToList();
            var graphs = new MoneyGraph[shares.Count];
            Parallel.For(0, shares.Count, i => graphs[i] = MoneyGraph.Of(shares[i], options));
            parts.AddRange(graphs);
        }

        public MoneyGraph Whole() => MoneyGraph.Combine(parts);
    }
}
