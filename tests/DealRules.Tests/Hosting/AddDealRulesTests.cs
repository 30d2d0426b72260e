using DealRules.Engine;
using DealRules.Hosting;
using DealRules.Strategic;
using DealRules.Tests.Engine.TestRules;
using DealRules.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealRules.Tests.Hosting;

public sealed class AddDealRulesTests
{
    private static readonly DealRules.Documents.DealDocument Example = Samples.Read("amazon-openai-2025-12.json");

    [Fact]
    public void Registers_one_shared_evaluator_of_the_pack()
    {
        using var provider = new ServiceCollection().AddDealRules(RulePack.FromAssemblyOf<StrategicRules>()).BuildServiceProvider();

        var first = provider.GetRequiredService<DealEvaluator>();

        Assert.Same(first, provider.GetRequiredService<DealEvaluator>());
        Assert.Equal(9, first.Evaluate([Example]).Findings.Count);
    }

    [Fact]
    public void Profile_is_bound_from_configuration_through_the_options_pattern()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DealRules:ProfileName"] = "lenient",
            ["DealRules:Parameters:circular.spendBackHigh"] = "5",
        }).Build();
        var services = new ServiceCollection().AddDealRules(RulePack.FromAssemblyOf<StrategicRules>());
        services.Configure<DealRulesOptions>(configuration.GetSection("DealRules"));
        using var provider = services.BuildServiceProvider();

        var report = provider.GetRequiredService<DealEvaluator>().Evaluate([Example]);

        Assert.Equal("lenient", report.Profile);
        Assert.Equal(DealRules.Authoring.Severity.Medium, report.Single("CIRC001").Severity);
    }

    [Fact]
    public void Unknown_parameter_in_options_is_rejected_naming_it()
    {
        using var provider = new ServiceCollection()
            .AddDealRules(RulePack.FromAssemblyOf<StrategicRules>(), options => options.Parameters["circular.spendBackHihg"] = 2)
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<DealEvaluator>());

        Assert.Contains("unknown parameter 'circular.spendBackHihg'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compilation_and_rule_failures_are_logged()
    {
        var logged = new List<(LogLevel Level, string Message)>();
        var pack = RulePack.Create("failing", [typeof(ThrowingActionRule), typeof(EveryDealRule)], []);
        using var provider = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new ListLoggerProvider(logged)))
            .AddDealRules(pack)
            .BuildServiceProvider();

        provider.GetRequiredService<DealEvaluator>().Evaluate([Example]);

        Assert.Contains(logged, l => l.Level == LogLevel.Information && l.Message.StartsWith("Compiled rule pack failing: 2 rules in ", StringComparison.Ordinal));
        Assert.Contains(logged, l => l.Level == LogLevel.Warning && l.Message.StartsWith("Rule STRAT902 failed on amazon-openai-2025-12: InvalidOperationException", StringComparison.Ordinal));
        Assert.Contains(logged, l => l.Level == LogLevel.Debug && l.Message.StartsWith("Evaluated 1 deals: 1 findings, 1 rule errors", StringComparison.Ordinal));
    }
}
