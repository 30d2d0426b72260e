using DealRules.Engine;
using System.Text;
using System.Text.Json;
using DealRules.Profiles;
using DealRules.Strategic;

namespace DealRules.Tests.Profiles;

public sealed class ProfileReaderTests
{
    private static ProfileReadResult Read(string json) =>
        ProfileReader.Read(Encoding.UTF8.GetBytes(json), "profile.json", "strict", RulePack.FromAssemblyOf<StrategicRules>());

    [Fact]
    public void Known_parameters_in_range_are_accepted()
    {
        var result = Read("""{ "circular.spendBackHigh": 1.5, "chip.highSharePercent": 60 }""");

        Assert.True(result.Succeeded);
        Assert.Equal("strict", result.Profile.Name);
        var parameters = RulePack.FromAssemblyOf<StrategicRules>().ParametersFor(result.Profile);
        Assert.Equal(1.5m, parameters["circular.spendBackHigh"]);
        Assert.Equal(0.5m, parameters["circular.spendBackMedium"]);
    }

    [Fact]
    public void Unknown_parameter_is_named()
    {
        var problem = Assert.Single(Read("""{ "circular.spendBackHihg": 1.5 }""").Problems);

        Assert.Equal("$.circular.spendBackHihg", problem.Location);
        Assert.StartsWith("unknown parameter 'circular.spendBackHihg'; expected one of:", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chip.highSharePercent", "101", "expected 0–100")]
    [InlineData("circular.spendBackHigh", "0", "expected above 0")]
    [InlineData("strategic.anchorAmount", "-1", "expected 0 or more")]
    [InlineData("cloud.minimumProviders", "1.5", "expected a whole number, 1 or more")]
    public void Value_out_of_range_is_rejected_with_the_range(string name, string value, string expected)
    {
        var problem = Assert.Single(Read($$"""{ "{{name}}": {{value}} }""").Problems);

        Assert.Equal("$." + name, problem.Location);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_of_the_wrong_type_is_rejected()
    {
        var problem = Assert.Single(Read("""{ "chip.highSharePercent": "60" }""").Problems);

        Assert.Contains("must be a number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_that_is_not_an_object_is_rejected()
    {
        Assert.Contains("expected an object", Assert.Single(Read("[]").Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_default_profile_matches_the_declared_defaults()
    {
        var shipped = JsonSerializer.Deserialize<Dictionary<string, decimal>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "default-profile.json")))!;

        Assert.Equal(
            RulePack.FromAssemblyOf<StrategicRules>().Parameters.Select(p => (p.Name, p.DefaultValue)).Order(),
            shipped.Select(p => (p.Key, p.Value)).Order());
    }
}
