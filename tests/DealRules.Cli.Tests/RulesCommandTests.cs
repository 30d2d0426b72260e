namespace DealRules.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public void Lists_every_rule_and_parameter_with_defaults()
    {
        var run = CommandRun.Of("rules");

        Assert.Equal(0, run.ExitCode);
        foreach (var id in new[] { "CHIP001", "CHIP003", "CLOUD004", "CIRC001", "CIRC003", "GOV003", "VAL002", "STRAT001" })
        {
            Assert.Contains(id, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("circular.spendBackHigh", run.Out, StringComparison.Ordinal);
        Assert.Contains("10,000,000,000", run.Out, StringComparison.Ordinal);
    }
}
