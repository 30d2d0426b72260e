using System.Collections.Immutable;
using DealRules.Analyzers.Infrastructure;
using DealRules.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.Tests;

/// <summary>Every analyzer over broken, half-typed and unusual code: none may throw (no AD0001).</summary>
public sealed class RobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers =
    [
        .. typeof(NRulesAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(NRulesAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    private const string Usings = "using System; using System.Linq; using System.Collections.Generic; using NRules.Fluent.Dsl; using NRules.RuleModel; using DealRules.Authoring;\n";

    public static TheoryData<string> Corpus => new(
        // Half-typed Define bodies.
        "public sealed class R : Rule { public override void Define() { string s = null!; When().Match(() => ",
        "public sealed class R : Rule { public override void Define() { string s = null!; When().Match(() => s, x => x. ); Then().Do(ctx => ctx.",
        "public sealed class R : Rule { public override void Define() { When().Or(x => x.Match<string>(",
        "public sealed class R : Rule { public override void Define() { string s; When().Query(() => s, q => q.Match<string>().Collect().Where(",
        "public sealed class R : Rule { public override void Define() { When()..Match(() => s); Then().Do(ctx => Missing(s)); } }",
        "public sealed class R : Rule { public override void Define() => ",
        "public sealed class R : Rule { public override void Define() { string s = null!; When().Match(() => s).Let(() => , () => s.Length); } }",
        "public sealed class R : Rule { public override void Define() { Filter().OnChange(() => ); Then().Yield(ctx => ); } }",
        "[RuleId(] [RuleCategory(Category.)] public sealed class R : Rule { }",
        "[Name(\"a\")] [Name(\"a\")] public sealed class R : Rule { public override void Define() { Name(); Name(null); } }",
        "public sealed class R : Rule { public override void Define() { RuleParameters p = null!; int v = 0; When().Match(() => p).Match(() => v, x => x > p[]); } }",
        // Unusual but valid shapes.
        "public sealed partial class P : Rule { } public sealed partial class P { public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); } }",
        "public sealed class G<T> : Rule where T : class { public override void Define() { T t = null!; When().Match(() => t); Then().Do(ctx => ctx.Halt()); } }",
        "public abstract record Rec; public sealed record RuleRecord : Rec;",
        "public sealed class R : Rule { public override void Define() { int n = 0; When().Match(() => n).Having(() => n > 0).All<int>(x => x > 0, x => x < 9); Dependency().Resolve(() => n); Then().Yield(ctx => n, (ctx, old) => old + 1); } }",
        "public sealed class R : Rule { public override void Define() { string s = null!; IGrouping<int, string> g = null!; When().Match(() => s).Query(() => g, q => q.Match<string>().GroupBy(x => x.Length).Where(x => x.Count() > 1)).Exists<int>().Not<long>(); Then().Action(ctx => ctx.Halt(), ActionTrigger.Activated | ActionTrigger.Deactivated); } }",
        "public static class Ext { public static ILeftHandSideExpression Long(this ILeftHandSideExpression l, System.Linq.Expressions.Expression<Func<string>> alias) => l.Match(alias, s => s.Length > 3); } public sealed class R : Rule { public override void Define() { string s = null!; When().Long(() => s); Then().Do(ctx => ctx.Halt()); } }",
        "public sealed class R : Rule { public override void Define() { var s = (string)null!; When().Match(() => s, x => new Func<int>(() => { var i = 0; i++; return i; })() > 0); Then().Do(ctx => Console.WriteLine(DateTime.Now)); } }",
        "class Outer { class Inner : Rule { public override void Define() { } } }",
        "public sealed class R : Rule { static R() { } public R(int x) { } public override void Define() { } }");

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task No_analyzer_throws_on_broken_or_unusual_code(string source) =>
        await AssertNoAnalyzerThrows(CSharpSyntaxTree.ParseText(Usings + source, cancellationToken: TestContext.Current.CancellationToken));

    /// <summary>Define() bodies as they are while being typed: the compiler has errors to report, the analyzer nothing.</summary>
    public static TheoryData<string> HalfTyped => new(
        "string f = null!; When().Match(() => f, x => x.",
        "string f = null!; When().Match(() => f, x => x. ); Then().Do(ctx => ctx.Halt()); } }",
        "string f = null!; When().Match(() => ); Then().Do(ctx => ctx.Halt()); } }",
        "string f = null!; When().Match(() => f).Let(() => , () => f.Length); Then().Do(ctx => ctx.Halt()); } }",
        "string f = null!; When().Match(() => f); Then().Do(ctx => ctx. ); } }",
        "string f = null!; When().Match(() => f); Then(). } }",
        "string f = null!; When().Matc(() => f); Then().Do(ctx => ctx.Halt()); } }",
        "string f = null!; When().Match(() => f); Then().Do(ctx => ctx.Hal()); } }",
        "string f = null!; When().Match(() => f, x => x.Lenght > 0).Match(() => f); Then().Do(ctx => ctx.Insert(f)); } }",
        "When().Query(() => g, q => q.Match<string>().Collect()); Then().Do(ctx => ctx.Halt()); } }");

    [Theory]
    [MemberData(nameof(HalfTyped))]
    public async Task No_analyzer_reports_on_a_Define_being_typed(string body)
    {
        var tree = CSharpSyntaxTree.ParseText(
            Usings + "public sealed class R : Rule { public override void Define() { " + body,
            cancellationToken: TestContext.Current.CancellationToken);

        var diagnostics = await AssertNoAnalyzerThrows(tree);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task No_analyzer_throws_on_a_top_level_statements_file_with_a_rule() =>
        await AssertNoAnalyzerThrows(
            CSharpSyntaxTree.ParseText(
                Usings + "Console.WriteLine(1);\npublic sealed class R : Rule { public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); } }",
                cancellationToken: TestContext.Current.CancellationToken),
            OutputKind.ConsoleApplication);

    [Fact]
    public async Task No_analyzer_throws_on_every_shipped_rule_cut_off_at_many_places()
    {
        var root = Repository.Root;
        var rules = Directory.GetFiles(Path.Combine(root, "rules", "DealRules.Strategic"), "*Rule.cs", SearchOption.AllDirectories);
        foreach (var path in rules)
        {
            var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
            foreach (var cut in Enumerable.Range(1, 6).Select(i => text.Length * i / 7))
            {
                await AssertNoAnalyzerThrows(CSharpSyntaxTree.ParseText(text[..cut], path: path, cancellationToken: TestContext.Current.CancellationToken));
            }
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> AssertNoAnalyzerThrows(SyntaxTree tree, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var compilation = CSharpCompilation.Create("Corpus", [tree], TestReferences.WithDealRules, new CSharpCompilationOptions(kind));
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => { lock (exceptions) { exceptions.Add($"{analyzer.GetType().Name}: {exception}"); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers, options).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
