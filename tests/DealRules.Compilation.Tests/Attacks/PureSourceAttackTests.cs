using DealRules.Engine;

namespace DealRules.Compilation.Tests.Attacks;

/// <summary>
/// The attack round on the sandbox (an engineer was asked to break it): each kind it found, now
/// closed. Packs go through the real pipeline (the loader, the worker's compiler and every analyzer,
/// then a worker); where a kind is closed at compile time, the same code is also run past the checks
/// (<see cref="HostilePack"/>, standing for an escape) to show what the run-time layers still do.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PureSourceAttackTests
{
    internal const string TypeConfusion = """
        namespace System
        {
            public enum AttributeTargets { Class = 4, Struct = 8, Field = 256, All = 32767 }

            [AttributeUsage(AttributeTargets.All)]
            public class AttributeUsageAttribute : FlagsAttribute { public AttributeUsageAttribute(AttributeTargets validOn) { } }
        }

        namespace System.Runtime.InteropServices
        {
            public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }

            [AttributeUsage(AttributeTargets.All)]
            public sealed class StructLayoutAttribute : FlagsAttribute { public StructLayoutAttribute(LayoutKind layoutKind) { } }

            [AttributeUsage(AttributeTargets.All)]
            public sealed class FieldOffsetAttribute : FlagsAttribute { public FieldOffsetAttribute(int offset) { } }
        }

        namespace Hostile
        {
            using System.Runtime.InteropServices;

            /// <summary>The shape of Finding's backing fields.</summary>
            public sealed class FakeFinding
            {
                public string RuleId = "";
                public string Title = "";
                public int Category;
                public int Severity;
                public int Perspective;
                public object? DealIds;
                public object? Parties;
                public string Message = "";
                public object? Evidence;
                public object? Facts;
            }

            [StructLayout(LayoutKind.Explicit)]
            public sealed class FakeDecimal
            {
                [FieldOffset(0)] public int Flags;
            }

            [StructLayout(LayoutKind.Explicit)]
            public sealed class Overlay
            {
                [FieldOffset(0)] public object? O;
                [FieldOffset(0)] public FakeFinding? F;
                [FieldOffset(0)] public FakeDecimal? D;
            }

            public static class Hack
            {
                private static FakeFinding View(Finding f) => new Overlay { O = f }.F!;

                public static bool Silence(Finding f)
                {
                    var v = View(f);
                    v.Severity = 0;
                    v.Message = "(silenced)";
                    return true;
                }

                public static Finding Forge(Finding mine, Finding victim)
                {
                    var m = View(mine);
                    var v = View(victim);
                    (m.RuleId, m.Title, m.Category, m.Perspective) = (v.RuleId, v.Title, v.Category, v.Perspective);
                    return mine;
                }

                /// <summary>Gives a boxed evidence number a scale of 29, which no decimal has.</summary>
                public static Finding CorruptNumber(Finding f)
                {
                    new Overlay { O = f.Evidence["n"] }.D!.Flags = 29 << 16;
                    return f;
                }
            }
        }

        """;

    private static RulePackHost Escaped(string source, string name, SandboxLimits? limits = null) => new(HostilePack.Compile(source, name), limits: limits);

    [Fact]
    public void Look_alike_attributes_the_compiler_honours_by_name_are_refused()
    {
        var compiled = Packs.Compile(TypeConfusion + Packs.EveryDeal("\"x\""));

        Assert.False(compiled.Succeeded);
        Assert.Contains(compiled.Errors, e => e.Id == "DR2005" && e.Message.Contains("namespace System.Runtime.InteropServices", StringComparison.Ordinal));
        Assert.Contains(compiled.Errors, e => e.Id == "DR2005" && e.Message.Contains("namespace System,", StringComparison.Ordinal));
        var attribute = Packs.Compile("namespace Hostile { public sealed class LayoutAttribute : FlagsAttribute { } }\n" + Packs.EveryDeal("\"x\""));
        Assert.Contains(attribute.Errors, e => e.Id == "DR2005" && e.Message.Contains("declaring an attribute", StringComparison.Ordinal));
    }

    [Fact]
    public void An_impossible_number_from_an_escaped_worker_is_a_protocol_failure_not_a_host_crash()
    {
        // Past the checks, the real attributes do what the look-alikes did: any object read as any type.
        var source = """
            namespace Hostile
            {
                using System.Runtime.InteropServices;

                [StructLayout(LayoutKind.Explicit)]
                public sealed class FakeDecimal
                {
                    [FieldOffset(0)] public int Flags;
                }

                [StructLayout(LayoutKind.Explicit)]
                public sealed class Overlay
                {
                    [FieldOffset(0)] public object? O;
                    [FieldOffset(0)] public FakeDecimal? D;
                }

                public static class Hack
                {
                    /// <summary>Gives a boxed evidence number a scale of 29, which no decimal has.</summary>
                    public static Finding CorruptNumber(Finding f)
                    {
                        new Overlay { O = f.Evidence["n"] }.D!.Flags = 29 << 16;
                        return f;
                    }
                }
            }

            """ + Packs.Metadata() + """
            public sealed class BadNumberRule : Rule
            {
                public override void Define()
                {
                    RuleParameters p = default!;
                    When().Match(() => p);
                    Then().Yield(ctx => Hostile.Hack.CorruptNumber(ctx.Finding(Severity.Info, "x").With("n", 1.5m)));
                }
            }
            """;
        using var host = new RulePackHost(HostilePack.Compile(source, "decimal"));

        var failure = Assert.Throws<RulePackFailedException>(() => host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken));

        Assert.Equal("protocol", failure.Limit);
    }

    [Fact]
    public void State_kept_in_a_static_lasts_one_evaluation_even_past_the_checks()
    {
        var source = """
            public sealed class Memory : StringComparer
            {
                public readonly List<string> Seen = new();
                public override int Compare(string? x, string? y) => 0;
                public override bool Equals(string? x, string? y) => true;
                public override int GetHashCode(string obj) => 0;
            }

            public static class Store
            {
                public static readonly StringComparer Mem = new Memory();

                public static string Remember(string dealId)
                {
                    var memory = (Memory)Mem;
                    memory.Seen.Add(dealId);
                    return string.Join(",", memory.Seen);
                }
            }

            """ + Packs.EveryDeal("Store.Remember(deal.Deal.Id)");
        Assert.False(Packs.Compile(source).Succeeded);
        using var host = Escaped(source, "memory");

        host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);
        var second = host.Evaluate([TestFiles.Samples[1]], TestContext.Current.CancellationToken);

        // Every evaluation runs on a freshly loaded pack: the static starts empty each time.
        Assert.Equal(TestFiles.Samples[1].Deal.Id, second.Findings.Single().Message);
    }

    public static TheoryData<string, string> CompileTimeHoles => new()
    {
        { "a static field-like event holds delegates (state) across evaluations",
            "public static class Store { public static event Func<string>? Mem; public static void Add(string s) { var prev = Mem; Mem = () => (prev?.Invoke() ?? \"\") + s; } public static string All() => Mem?.Invoke() ?? \"\"; }\n" + Packs.EveryDeal("Store.All()") },
        { "string.Intern / IsInterned: a process-wide set, a side channel between evaluations",
            "public static class Store { public static bool Seen(string s) { var seen = string.IsInterned(\"dr:\" + s) != null; string.Intern(\"dr:\" + s); return seen; } }\n" + Packs.EveryDeal("Store.Seen(deal.Deal.Id).ToString()") },
        { "NRules' ContextExtensions.Resolve (services) passes: only IContext's own members are listed",
            Packs.EveryDeal("\"x\"").Replace("Then().Yield(", "Then().Do(ctx => ctx.Resolve<DealFact>()).Yield(", StringComparison.Ordinal) },
        { "NRules' ContextExtensions.Update acts on a fact the pack does not declare",
            "public static class Noop { public static void Touch(DealFact d) { } }\n" + Packs.EveryDeal("\"x\"").Replace("Then().Yield(", "Then().Do(ctx => ctx.Update(deal, d => Noop.Touch(d))).Yield(", StringComparison.Ordinal) },
        { "Rule.Dependency() (the refusal names 'Dependencies', which does not exist)",
            Packs.EveryDeal("\"x\"").Replace("DealFact deal = default!;", "DealFact deal = default!; DealFact service = default!; Dependency().Resolve(() => service);", StringComparison.Ordinal) },
        { "pack-declared StructLayout/FieldOffset look-alikes (overlapping references)", PureSourceAttackTests.TypeConfusion + Packs.EveryDeal("\"x\"") },
    };

    [Theory]
    [MemberData(nameof(CompileTimeHoles))]
    public void Allow_list_gaps_the_attack_found_are_refused(string what, string source)
    {
        var compiled = Packs.Compile(source);

        Assert.False(compiled.Succeeded, $"{what}: the pack compiled");
        Assert.Contains(compiled.Errors, e => e.Id == "DR2005");
    }

    [Fact]
    public void An_answer_too_rich_to_decode_is_refused_before_it_is_built()
    {
        var source = """
            public sealed class Tick
            {
                public Tick(int n) => Name = n.ToString();
                public string Name { get; }
            }

            public static class Big
            {
                public static Finding Of(Finding f, int k)
                {
                    for (var i = 0; i < k; i++)
                    {
                        f = f.With(((char)(0x4E00 + i)).ToString(), true);
                    }

                    return f;
                }

                public static IEnumerable<Tick> Ticks(int n) => Enumerable.Range(0, n).Select(i => new Tick(i));
            }

            [RuleId("STRAT101")][RuleTitle("Big")][RuleCategory(Category.Strategic)][RulePerspective(Perspective.Market)][DefaultSeverity(Severity.Info)]
            public sealed class BigRule : Rule
            {
                public override void Define()
                {
                    RuleParameters p = default!;
                    When().Match(() => p);
                    Then().Yield(ctx => Big.Of(ctx.Finding(Severity.Info, "big"), 3000)).Do(ctx => ctx.InsertAll(Big.Ticks(60)));
                }
            }

            [RuleId("STRAT102")][RuleTitle("Copies")][RuleCategory(Category.Strategic)][RulePerspective(Perspective.Market)][DefaultSeverity(Severity.Info)]
            public sealed class CopyRule : Rule
            {
                public override void Define()
                {
                    Finding big = default!;
                    Tick t = default!;
                    When().Match(() => big, b => b.Message == "big" && b.Parties.Count == 0).Match(() => t);
                    Then().Yield(ctx => big.About(t.Name));
                }
            }
            """;
        using var folders = new PackFolders();
        var loaded = new RulePackLoader().Load(folders.Source("quadratic", source), TestContext.Current.CancellationToken);
        Assert.True(loaded.Pack is not null, string.Join("\n", loaded.Errors));
        using var host = new RulePackHost(loaded.Pack!);

        var failure = Assert.Throws<RulePackFailedException>(() => host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken));

        Assert.Equal("protocol", failure.Limit);
        Assert.Contains("over the limit of 64", failure.Message, StringComparison.Ordinal);
    }
}
