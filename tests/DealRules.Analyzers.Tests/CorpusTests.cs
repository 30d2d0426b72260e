using System.Collections.Immutable;
using DealRules.Analyzers.Infrastructure;
using DealRules.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.Tests;

/// <summary>
/// Valid rules in every form NRules documents (<c>Fixtures/ValidRules/*.cs</c>) get no diagnostic from any
/// analyzer, in a project with NRules alone and in an application that also references DealRules.
/// </summary>
public sealed class CorpusTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers =
    [
        .. typeof(NRulesAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(NRulesAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    public static TheoryData<string> Projects => new("NRules only", "application referencing DealRules");

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Valid_rules_in_every_documented_form_get_no_diagnostic(string project)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ValidRules"), "*.cs").Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 7, $"only {files.Length} files of valid rules");
        var trees = files.Select(path => CSharpSyntaxTree.ParseText(
            File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path, cancellationToken: TestContext.Current.CancellationToken)).ToArray();
        var references = project == "NRules only" ? TestReferences.NRulesOnly : TestReferences.WithDealRules;
        var compilation = CSharpCompilation.Create(
            "ValidRules", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe));

        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(diagnostics.Select(Describe));
    }

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} {Path.GetFileName(diagnostic.Location.GetLineSpan().Path)} line {diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}: {diagnostic.GetMessage()}";
}
