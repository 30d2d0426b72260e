using System.Runtime.CompilerServices;
using DealRules.Compilation;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;

namespace DealRules.Compilation.Tests;

public sealed class RulePackCompilerTests
{
    private const string Usings = "using DealRules.Authoring;\nusing DealRules.Facts;\nusing NRules.Fluent.Dsl;\n";

    private const string Metadata = """
        [RuleId("STRAT101")]
        [RuleTitle("Test rule")]
        [RuleCategory(Category.Strategic)]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]

        """;

    private static string Repository
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(directory!.FullName, "RulesEngine.sln")))
            {
                directory = directory.Parent;
            }

            return directory.FullName;
        }
    }

    private static IReadOnlyList<DealDocument> Samples =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => DealDocumentReader.ReadFile(path).Document!)
            .ToArray();

    [Fact]
    public void Shipped_catalog_compiled_from_its_source_gives_byte_identical_reports()
    {
        var compiled = RulePackCompiler.CompileFolder(Path.Combine(Repository, "rules", "DealRules.Strategic"));

        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Errors));
        using var pack = compiled.Pack;
        Assert.Equal(22, pack.Pack.Rules.Count);
        var fromSource = new DealEvaluator(pack.Pack);
        var shipped = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());
        foreach (var document in Samples)
        {
            Assert.Equal(ReportJsonWriter.ToJson(shipped.Evaluate([document])), ReportJsonWriter.ToJson(fromSource.Evaluate([document])));
        }

        Assert.Equal(ReportJsonWriter.ToJson(shipped.Evaluate(Samples)), ReportJsonWriter.ToJson(fromSource.Evaluate(Samples)));
    }

    [Fact]
    public void Pack_with_an_error_level_diagnostic_is_refused_with_file_line_and_id()
    {
        var compiled = RulePackCompiler.Compile([("Rules/NoConditions.cs", Usings + Metadata + """
            public sealed class NoConditionsRule : Rule
            {
                public override void Define()
                {
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """)], "broken");

        Assert.False(compiled.Succeeded);
        Assert.Equal("Rules/NoConditions.cs(11,26): DR1003 Define() of 'NoConditionsRule' declares no left-hand side (no Match, Exists, Not, All, Query, …)",
            Assert.Single(compiled.Errors).ToString());
    }

    [Fact]
    public void Pack_with_warnings_loads_and_lists_them()
    {
        var compiled = RulePackCompiler.Compile([("Warned.cs", Usings + Metadata + """
            public sealed class TimeRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal, d => d.Deal.Announced < System.DateOnly.FromDateTime(System.DateTime.Now));
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "old").From(deal.StatusPointer));
                }
            }
            """)], "warned");

        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Errors));
        using var pack = compiled.Pack;
        Assert.Contains(compiled.Warnings, w => w.Id == "DR1009");
    }

    [Fact]
    public void Files_and_other_forbidden_apis_are_refused()
    {
        var compiled = RulePackCompiler.Compile([("Leaky.cs", Usings + Metadata + """
            public sealed class LeakyRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal, d => System.IO.File.Exists(d.Deal.Id));
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "leak").From(deal.StatusPointer));
                }
            }
            """)], "leaky");

        Assert.False(compiled.Succeeded);
        Assert.Contains(compiled.Errors, e => e.Id == "DR2005" && e.Message.Contains("File.Exists", StringComparison.Ordinal));
    }

    [Fact]
    public void Disposed_pack_unloads_its_assembly()
    {
        var context = CompileEvaluateAndDispose();

        for (var i = 0; i < 10 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileEvaluateAndDispose()
    {
        var compiled = RulePackCompiler.Compile([("Simple.cs", Usings + Metadata + """
            public sealed class EveryDealRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal);
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "seen").From(deal.StatusPointer));
                }
            }
            """)], "simple");
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Errors));
        var pack = compiled.Pack;
        Assert.Single(new DealEvaluator(pack.Pack).Evaluate(Samples).Findings.Take(1));
        var handle = pack.LoadContext;
        pack.Dispose();
        return handle;
    }
}
