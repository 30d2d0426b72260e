using System.Diagnostics;
using DealRules.Engine;

namespace DealRules.Compilation.Tests.Sandbox;

/// <summary>
/// Kinds 4 and 5: code that hangs, recurses without end, allocates without end or crashes its process
/// is stopped from outside; the host gets an error naming the pack and the limit, and goes on.
/// These packs pass every compile-time check: loops, recursion and allocation are ordinary code.
/// </summary>
[Trait("Category", "Slow")]
public sealed class HangAndCrashTests
{
    private static readonly SandboxLimits Short = SandboxLimits.Default with { EvaluationTimeout = TimeSpan.FromSeconds(5), MemoryBytes = 400L << 20 };

    private const string Helpers = """
        public static class Work
        {
            public static int Spin(string text)
            {
                var i = 0;
                while (text.Length > 0)
                {
                    i++;
                }

                return i;
            }

            public static int Deeper(int n) => Deeper(n + 1) + 1;

            public static int Hoard()
            {
                var kept = new List<long[]>();
                while (true)
                {
                    kept.Add(new long[1 << 20]);
                }
            }
        }

        """;

    public static TheoryData<string, string, string> Runaways => new()
    {
        { "a loop in a condition", Helpers + Packs.EveryDeal("\"x\"", "Work.Spin(d.Deal.Id) > 0"), "evaluation deadline" },
        { "a loop in an action", Helpers + Packs.EveryDeal("Work.Spin(deal.Deal.Id).ToString()"), "evaluation deadline" },
        { "unbounded recursion", Helpers + Packs.EveryDeal("Work.Deeper(0).ToString()"), "crash" },
    };

    [Theory]
    [MemberData(nameof(Runaways))]
    public void A_runaway_pack_is_stopped_and_named_with_its_limit(string what, string source, string limit)
    {
        var compiled = Packs.Compile(source);
        Assert.True(compiled.Succeeded, $"{what}: " + string.Join("\n", compiled.Errors));
        using var host = new RulePackHost(HostilePack.Compile(source, "runaway"), limits: Short);
        Assert.Empty(host.Evaluate([], TestContext.Current.CancellationToken).Findings);

        var clock = Stopwatch.StartNew();
        var failure = Assert.Throws<RulePackFailedException>(() => host.Evaluate(Packs.OneDeal, TestContext.Current.CancellationToken));

        Assert.Equal("runaway", failure.Pack);
        Assert.Equal(limit, failure.Limit);
        Assert.StartsWith("The rule pack 'runaway' ", failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"{what} was stopped after {clock.Elapsed}");
    }

    [Fact]
    public void Unbounded_allocation_runs_into_the_memory_cap_not_the_machine()
    {
        using var host = new RulePackHost(HostilePack.Compile(Helpers + Packs.EveryDeal("Work.Hoard().ToString()"), "hoarder"), limits: Short);

        // The runtime caps the worker's heap below the limit, so the rule fails with OutOfMemoryException
        // and the others go on; a worker that grows past the limit otherwise is killed by the host.
        try
        {
            var report = host.Evaluate(Packs.OneDeal, TestContext.Current.CancellationToken);
            Assert.Equal("OutOfMemoryException", Assert.Single(report.Errors).Message.Split(':')[0]);
        }
        catch (RulePackFailedException failure)
        {
            Assert.Contains(failure.Limit, new[] { "memory limit", "crash" });
        }
    }

    [Fact]
    public void After_a_failure_the_next_evaluation_starts_a_fresh_worker()
    {
        var source = Helpers + Packs.EveryDeal("deal.Deal.Id == \"amazon-openai-2025-12\" ? Work.Deeper(0).ToString() : \"fine\"");
        using var host = new Isolation.IsolatedEvaluator(HostilePack.Compile(source, "sometimes"), null, Short);
        var others = TestFiles.Samples.Where(d => d.Deal.Id != "amazon-openai-2025-12").ToArray();

        Assert.Equal(others.Length, host.Evaluate(others, cancellationToken: TestContext.Current.CancellationToken).Findings.Count);
        var first = host.WorkerProcessId;
        Assert.Throws<RulePackFailedException>(() => host.Evaluate(TestFiles.Samples, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(others.Length, host.Evaluate(others, cancellationToken: TestContext.Current.CancellationToken).Findings.Count);

        Assert.NotEqual(first, host.WorkerProcessId);
    }

    [Fact]
    public void Cancelling_stops_a_pack_that_never_polls_its_token()
    {
        var source = Helpers + Packs.EveryDeal("\"x\"", "Work.Spin(d.Deal.Id) > 0");
        using var host = new RulePackHost(HostilePack.Compile(source, "spinner"));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => host.Evaluate(Packs.OneDeal, cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"cancelled after {clock.Elapsed}");
    }

    [Fact]
    public void An_exception_whose_message_throws_and_a_fact_whose_deal_ids_throw_are_reported_without_running_them()
    {
        var source = """
            public sealed class Boom : Exception
            {
                public override string Message => throw new InvalidOperationException("the host read my message");
            }

            public sealed class Trap : IDealFact
            {
                public IEnumerable<string> DealIds => throw new InvalidOperationException("the host read my deal ids");
            }

            public static class Thrower
            {
                public static bool Throw() => throw new Boom();
            }

            """ + Packs.Metadata("STRAT102") + """
            public sealed class InsertTrapRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal);
                    Then().Do(ctx => ctx.Insert(new Trap()));
                }
            }

            """ + Packs.Metadata("STRAT103") + """
            public sealed class ThrowOnTrapRule : Rule
            {
                public override void Define()
                {
                    Trap trap = default!;
                    When().Match(() => trap, t => Thrower.Throw());
                    Then().Do(ctx => ctx.Insert(new Trap()));
                }
            }
            """;
        Assert.True(Packs.Compile(source).Succeeded, string.Join("\n", Packs.Compile(source).Errors));

        foreach (var isolation in new[] { RulePackIsolation.Process, RulePackIsolation.InProcess })
        {
            using var host = new RulePackHost(HostilePack.Compile(source, "thrower"), isolation: isolation);
            var error = Assert.Single(host.Evaluate(Packs.OneDeal, TestContext.Current.CancellationToken).Errors);

            Assert.Equal("STRAT103", error.RuleId);
            Assert.Equal("Boom (an exception type of the pack)", error.Message);
            Assert.Empty(error.DealIds);
        }
    }
}
