using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DealRules.Analyzers.Tests.Support;

/// <summary>Runs one analyzer over test code and compares its diagnostics, spans included, with the markup.</summary>
internal static class Verify<TAnalyzer> where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The rule-authoring usings every test source starts with.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using NRules.Fluent.Dsl;
        using NRules.RuleModel;

        """;

    /// <summary>The analyzer config of a project marked a rule pack (<c>&lt;DealRulesRulePack&gt;true&lt;/DealRulesRulePack&gt;</c>).</summary>
    private const string RulePackConfig = "is_global = true\nbuild_property.DealRulesRulePack = true\n";

    public static Task Analyzer(string source) => Analyzer(source, TestReferences.WithDealRules);

    public static Task Analyzer(string source, IEnumerable<MetadataReference> references) => Analyzer(source, references, rulePack: false);

    /// <summary>Runs the analyzer and also checks the messages of the diagnostics marked <c>{|#n:…|}</c>.</summary>
    public static async Task Analyzer(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.WithDealRules);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The diagnostic the analyzer reports at markup location <paramref name="markup"/>.</summary>
    public static DiagnosticResult Diagnostic(int markup) => new DiagnosticResult(new TAnalyzer().SupportedDiagnostics[0]).WithLocation(markup);

    /// <summary>Runs the analyzer as on a project marked a rule pack.</summary>
    public static Task AnalyzerInRulePack(string source) => Analyzer(source, TestReferences.WithDealRules, rulePack: true);

    private static async Task Analyzer(string source, IEnumerable<MetadataReference> references, bool rulePack)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(references);
        if (rulePack)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", RulePackConfig));
        }

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs the analyzer on a project marked a rule pack as a whole (<c>DealRulesRulePack</c> true).</summary>
    public static async Task PackAnalyzer(params (string Name, string Source)[] files)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { ReferenceAssemblies = TestReferences.None };
        foreach (var file in files)
        {
            test.TestState.Sources.Add(file);
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", RulePackConfig));
        test.TestState.AdditionalReferences.AddRange(TestReferences.WithDealRules);
        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    public static async Task CodeFix<TCodeFix>(string source, string fixedSource, int iterations = 1, bool rulePack = false)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.None,
            NumberOfFixAllIterations = iterations,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.WithDealRules);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.WithDealRules);
        if (rulePack)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", RulePackConfig));
            test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", RulePackConfig));
        }

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A code fix over several files, for fixes whose result depends on the rest of the project.</summary>
    public static async Task CodeFix<TCodeFix>((string Name, string Source)[] sources, (string Name, string Source)[] fixedSources)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = sources.Length,
        };
        test.TestState.Sources.AddRange(sources.Select(s => (s.Name, Microsoft.CodeAnalysis.Text.SourceText.From(s.Source))));
        test.FixedState.Sources.AddRange(fixedSources.Select(s => (s.Name, Microsoft.CodeAnalysis.Text.SourceText.From(s.Source))));
        test.TestState.AdditionalReferences.AddRange(TestReferences.WithDealRules);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.WithDealRules);
        await test.RunAsync(TestContext.Current.CancellationToken);
    }
}
