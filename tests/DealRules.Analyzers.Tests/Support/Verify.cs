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

    public static Task Analyzer(string source) => Analyzer(source, TestReferences.WithDealRules);

    public static async Task Analyzer(string source, IEnumerable<MetadataReference> references)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(references);
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

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.DealRulesRulePack = true\n"));
        test.TestState.AdditionalReferences.AddRange(TestReferences.WithDealRules);
        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    public static async Task CodeFix<TCodeFix>(string source, string fixedSource, int iterations = 1)
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
        await test.RunAsync(TestContext.Current.CancellationToken);
    }
}
