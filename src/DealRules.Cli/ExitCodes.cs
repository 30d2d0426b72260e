namespace DealRules.Cli;

/// <summary>The exit codes of the command-line contract.</summary>
internal static class ExitCodes
{
    /// <summary>Evaluated (or validated, or listed).</summary>
    public const int Success = 0;

    /// <summary>A finding reached <c>--fail-on</c>.</summary>
    public const int FindingAtThreshold = 1;

    /// <summary>Bad input or usage: nothing evaluated, every problem on standard error.</summary>
    public const int BadInput = 2;

    /// <summary>The rules failed to load or compile, or a rule threw while evaluating (the report lists it under <c>errors</c>).</summary>
    public const int RulesFailed = 3;
}
