using DealRules.Authoring;
using DealRules.Cli.Output;
using DealRules.Reporting;

namespace DealRules.Cli.Commands;

/// <summary>--fail-on and --fail-on-new: the exit code a CI gate reads, with the findings that crossed the line named.</summary>
internal static class FailureGate
{
    /// <summary>How many findings at or above the line are named on standard error at most.</summary>
    private const int NamedFailures = 20;

    /// <summary>Exit 1 when a finding (a new one, for --fail-on-new) reached its threshold, naming them on standard error.</summary>
    public static int Check(EvaluateOptions options, CliConsole console, ReportSpool spool, Baseline? baseline)
    {
        if (options.FailOn is null && options.FailOnNew is null)
        {
            return ExitCodes.Success;
        }

        var comparison = baseline?.Compare();
        var crossed = new List<(Finding Finding, string Why)>();
        foreach (var finding in spool.Findings())
        {
            var state = comparison?.Next(finding);
            if (options.FailOn is { } all && finding.Severity >= all)
            {
                crossed.Add((finding, $"at or above --fail-on {Wording.Name(all)}"));
            }
            else if (options.FailOnNew is { } newOnly && state == BaselineState.New && finding.Severity >= newOnly)
            {
                crossed.Add((finding, $"new, at or above --fail-on-new {Wording.Name(newOnly)}"));
            }
        }

        if (crossed.Count == 0)
        {
            return ExitCodes.Success;
        }

        console.Error.WriteLine($"dealrules: {TerminalText.Count(crossed.Count, "finding", "findings")} crossed the line:");
        foreach (var (finding, why) in crossed.Take(NamedFailures))
        {
            console.Error.WriteLine($"  {Wording.Name(finding.Severity)} {finding.RuleId} on {string.Join(", ", finding.DealIds)} ({string.Join(", ", finding.Parties)}): {why}");
        }

        if (crossed.Count > NamedFailures)
        {
            console.Error.WriteLine($"  … and {crossed.Count - NamedFailures:N0} more (see the report)");
        }

        return ExitCodes.FindingAtThreshold;
    }
}
