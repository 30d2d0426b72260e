using DealRules.Reporting;

namespace DealRules.Compilation.Tests.Sandbox;

/// <summary>
/// Kind 6: a pack cannot change what other rules see, forge or silence findings, or keep one
/// evaluation's data for the next. Refused at compile time where a check can see it, and made
/// impossible at run time where it cannot: model lists are immutable in fact, findings have no
/// public constructor, and a halted session goes on.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IntegrityTests
{
    public static TheoryData<string, string> Refused => new()
    {
        { "a forged finding", Packs.Metadata() + """
            public sealed class ForgeRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal);
                    Then().Yield(ctx => new Finding { Message = "forged" });
                }
            }
            """ },
        { "a finding under another id", Packs.EveryDeal("\"x\"").Replace("ctx.Finding(Severity.Info, \"x\")", "(ctx.Finding(Severity.Info, \"x\") with { RuleId = \"CIRC001\" })", StringComparison.Ordinal) },
        { "retracting a finding", Packs.Metadata() + """
            public sealed class SilenceRule : Rule
            {
                public override void Define()
                {
                    Finding finding = default!;
                    When().Match(() => finding);
                    Then().Do(ctx => ctx.Retract(finding));
                }
            }
            """ },
        { "halting the session", Packs.Metadata() + """
            [Priority(1000)]
            public sealed class HaltRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """ },
        { "a static list", "public static class Memory { public static readonly List<string> Titles = new(); }\n" + Packs.EveryDeal("\"x\"") },
        { "a field on a rule", Packs.EveryDeal("\"x\"").Replace("public override void Define()", "private int seen;\n    public override void Define()", StringComparison.Ordinal) },
        { "a captured list", Packs.EveryDeal("\"x\"").Replace("DealFact deal = default!;", "DealFact deal = default!;\n        var titles = new List<string>();", StringComparison.Ordinal).Replace("ctx.Finding(Severity.Info, \"x\")", "ctx.Finding(Severity.Info, titles.Count.ToString())", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Tampering_is_refused_at_compile_time(string what, string source)
    {
        var compiled = Packs.Compile(source);

        Assert.False(compiled.Succeeded, $"{what}: the pack compiled");
    }

    [Theory]
    [InlineData(RulePackIsolation.Process)]
    [InlineData(RulePackIsolation.InProcess)]
    public void Model_lists_cannot_be_changed_through_a_cast(RulePackIsolation isolation)
    {
        var source = """
            public static class Tamper
            {
                public static string Try(DealFact deal)
                {
                    var outcomes = new List<string>();
                    try { ((List<DealRules.Model.Party>)deal.Deal.Parties)[0] = deal.Deal.Parties[1]; outcomes.Add("list=changed"); } catch (InvalidCastException) { outcomes.Add("list=refused"); }
                    try { ((DealRules.Model.Party[])deal.Deal.Parties)[0] = deal.Deal.Parties[1]; outcomes.Add("array=changed"); } catch (InvalidCastException) { outcomes.Add("array=refused"); }
                    try { ((IList<DealRules.Model.Party>)deal.Deal.Parties)[0] = deal.Deal.Parties[1]; outcomes.Add("ilist=changed"); } catch (NotSupportedException) { outcomes.Add("ilist=refused"); }
                    return string.Join(";", outcomes);
                }
            }

            """ + Packs.EveryDeal("Tamper.Try(deal)", id: "STRAT101") + "\n" + Packs.EveryDeal("string.Join(\",\", deal.Deal.Parties.Select(p => p.Id))", id: "STRAT102");
        Assert.True(Packs.Compile(source).Succeeded, string.Join("\n", Packs.Compile(source).Errors));

        using var host = new RulePackHost(HostilePack.Compile(source, "tamper"), isolation: isolation);
        var findings = host.Evaluate(Packs.OneDeal, TestContext.Current.CancellationToken).Findings;

        Assert.Equal("list=refused;array=refused;ilist=refused", findings.Single(f => f.RuleId == "STRAT101").Message);
        Assert.Equal(string.Join(",", Packs.OneDeal[0].Deal.Parties.Select(p => p.Id)), findings.Single(f => f.RuleId == "STRAT102").Message);
    }

    [Theory]
    [InlineData(RulePackIsolation.Process)]
    [InlineData(RulePackIsolation.InProcess)]
    public void A_rule_that_halts_the_session_silences_no_other_rule(RulePackIsolation isolation)
    {
        // Past the compile-time check (as an escape would be): the engine reports the halt and runs the rest.
        var source = Packs.Metadata("STRAT109") + """
            [Priority(1000)]
            public sealed class HaltRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal);
                    Then().Do(ctx => ctx.Halt());
                }
            }

            """ + Packs.EveryDeal("\"still here\"");

        using var host = new RulePackHost(HostilePack.Compile(source, "halting"), isolation: isolation);
        var report = host.Evaluate(TestFiles.Samples, TestContext.Current.CancellationToken);

        Assert.Equal(TestFiles.Samples.Count, report.Findings.Count(f => f.Message == "still here"));
        Assert.Contains(report.Errors, e => e.RuleId == "STRAT109" && e.Message.Contains("halted", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluations_in_one_worker_do_not_see_each_other()
    {
        var source = Packs.EveryDeal("deal.Deal.Title");
        using var host = new RulePackHost(HostilePack.Compile(source, "fresh"));

        var first = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);
        var second = host.Evaluate([TestFiles.Samples[1]], TestContext.Current.CancellationToken);

        Assert.Equal([TestFiles.Samples[0].Deal.Title], first.Findings.Select(f => f.Message));
        Assert.Equal([TestFiles.Samples[1].Deal.Title], second.Findings.Select(f => f.Message));
        Assert.Equal(ReportJsonWriter.ToJson(first), ReportJsonWriter.ToJson(host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken)));
    }
}
