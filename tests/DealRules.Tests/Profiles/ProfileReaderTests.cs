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

    [Fact]
    public void Medium_threshold_above_the_high_one_is_refused()
    {
        var problem = Assert.Single(Read("""{ "circular.spendBackMedium": 2, "circular.spendBackHigh": 1.5 }""").Problems);

        Assert.Equal("$.circular.spendBackMedium", problem.Location);
        Assert.Equal("parameter 'circular.spendBackMedium' is 2, above 'circular.spendBackHigh' at 1.5; expected at most 1.5, or no finding could fall between the two levels", problem.Message);
    }

    [Fact]
    public void Medium_threshold_above_the_default_high_one_is_refused()
    {
        var problem = Assert.Single(Read("""{ "circular.spendBackMedium": 1.2 }""").Problems);

        Assert.Contains("above 'circular.spendBackHigh' at 1.0 (its default)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_with_a_byte_order_mark_is_read_as_documents_are()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{ "circular.spendBackHigh": 1.5 }""")).ToArray();

        var result = ProfileReader.Read(bytes, "profile.json", "bom", RulePack.FromAssemblyOf<StrategicRules>());

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Huge_wrong_value_is_cut_in_the_problem()
    {
        var problem = Assert.Single(Read("{ \"circular.spendBackHigh\": \"" + new string('x', 1_000_000) + "\" }").Problems);

        Assert.InRange(problem.Message.Length, 1, 300);
        Assert.EndsWith("(1,000,002 characters)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_too_large_is_called_too_large_not_a_non_number()
    {
        var problem = Assert.Single(Read("""{ "circular.spendBackHigh": 1e400 }""").Problems);

        Assert.Equal("parameter 'circular.spendBackHigh' is 1e400, which cannot be held exactly; expected a number below 7.9e28 with at most 28 significant digits", problem.Message);
    }

    [Fact]
    public void Profile_file_that_is_a_device_is_refused_unread()
    {
        var result = ProfileReader.ReadFile("/dev/zero", RulePack.FromAssemblyOf<StrategicRules>());

        Assert.Equal("/dev/zero: $: is a character device, not a regular file", Assert.Single(result.Problems).ToString());
    }
}
