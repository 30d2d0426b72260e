namespace DealRules.Compilation.Tests;

/// <summary>Every error-level diagnostic refuses a pack compiled from source, and forbidden APIs are refused however they are spelled.</summary>
[Trait("Category", "Slow")]
public sealed class RefusedPackTests
{
    private const string Usings = "using System.Collections.Generic;\nusing DealRules.Authoring;\nusing DealRules.Facts;\nusing NRules.Fluent.Dsl;\n";

    private static string Metadata(string id = "STRAT101", string category = "Strategic") => $$"""
        [RuleId("{{id}}")]
        [RuleTitle("Test rule")]
        [RuleCategory(Category.{{category}})]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]

        """;

    private const string Body = """
        public override void Define()
        {
            DealFact deal = default!;
            When().Match(() => deal);
            Then().Yield(ctx => ctx.Finding(Severity.Info, "seen").From(deal.StatusPointer));
        }
        """;

    public static TheoryData<string, string> ErrorLevelDiagnostics => new()
    {
        { "DR1003", Metadata() + "public sealed class R : Rule { public override void Define() { Then().Do(ctx => ctx.Halt()); } }" },
        { "DR1004", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d); } }" },
        { "DR1005", Metadata() + "public sealed class R : Rule { public override void Define() { When().Match(() => Make()); Then().Do(ctx => ctx.Halt()); } private static DealFact Make() => default!; }" },
        { "DR1016", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact known = default!; DealFact d = default!; Dependency().Resolve(() => known); When().Match(() => d, x => x != known); Then().Do(ctx => ctx.Halt()); } }" },
        { "DR2001", "public sealed class R : Rule { " + Body + " }" },
        { "DR2002", Metadata("CIRC001") + "public sealed class R : Rule { " + Body + " }" },
        { "DR2003", Metadata() + "public sealed class R : Rule { public override void Define() { RuleParameters p = default!; DealFact d = default!; When().Match(() => d).Match(() => p, x => x[\"nowhere.declared\"] > 0); Then().Do(ctx => ctx.Halt()); } }" },
        { "DR2005", Metadata() + "public sealed class R : Rule { private static int fired; " + Body + " }" },
    };

    [Theory]
    [MemberData(nameof(ErrorLevelDiagnostics))]
    public void Pack_with_an_error_level_diagnostic_is_refused_naming_it(string id, string source)
    {
        var compiled = RulePackCompiler.Compile([("Pack.cs", Usings + source)], "refused-" + id.ToLowerInvariant());

        Assert.False(compiled.Succeeded);
        Assert.Contains(compiled.Errors, e => e.Id == id && e.ToString().StartsWith("Pack.cs(", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> ForbiddenSpellings => new()
    {
        { "alias", "using Disk = System.IO.File;\n" + Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d, x => Disk.Exists(x.Deal.Id)); Then().Do(ctx => ctx.Halt()); } }" },
        { "fully qualified", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d, x => System.IO.File.Exists(x.Deal.Id)); Then().Do(ctx => ctx.Halt()); } }" },
        { "global::", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d, x => global::System.Environment.ProcessorCount > 1); Then().Do(ctx => ctx.Halt()); } }" },
        { "using static", "using static System.Console;\n" + Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d); Then().Do(ctx => WriteLine(d.Deal.Id)); } }" },
        { "extension method", "public static class Ext { public static bool Exists(this string path) => System.IO.File.Exists(path); }\n" + Metadata() + "public sealed class R : Rule { " + Body + " }" },
        { "generic argument", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d); Then().Do(ctx => ctx.Insert(new List<System.IO.FileInfo>())); } }" },
        { "typeof", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d); Then().Do(ctx => ctx.Insert(typeof(System.Diagnostics.Process))); } }" },
        { "attribute", Metadata() + "[System.Reflection.Obfuscation] public sealed class R : Rule { " + Body + " }" },
        { "reflection", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d, x => x.GetType().GetMethod(x.Deal.Id) != null); Then().Do(ctx => ctx.Halt()); } }" },
        { "outside the allow-list: System.IO.Path", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d, x => System.IO.Path.GetFileName(x.Deal.Id) != \"\"); Then().Do(ctx => ctx.Halt()); } }" },
        { "outside the allow-list: GC", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d, x => System.GC.GetTotalMemory(false) > 0); Then().Do(ctx => ctx.Halt()); } }" },
        { "thread", Metadata() + "public sealed class R : Rule { public override void Define() { DealFact d = default!; When().Match(() => d); Then().Do(ctx => System.Threading.Tasks.Task.Run(() => 1)); } }" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenSpellings))]
    public void Forbidden_api_is_refused_however_spelled(string spelling, string source)
    {
        var compiled = RulePackCompiler.Compile([("Pack.cs", Usings + source)], "spelling");

        // DR2005 refuses what the referenced assemblies offer; what lives elsewhere (System.Console) does not even compile.
        Assert.False(compiled.Succeeded, $"{spelling} was accepted");
        Assert.Contains(compiled.Errors, e => e.Id == "DR2005" || e.Id.StartsWith("CS", StringComparison.Ordinal));
    }
}
