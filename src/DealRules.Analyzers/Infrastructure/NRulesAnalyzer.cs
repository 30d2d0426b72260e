using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// The base of every analyzer: skips generated code, runs concurrently, and resolves the NRules
/// symbols once per compilation, registering nothing in a compilation that does not reference NRules.
/// </summary>
public abstract class NRulesAnalyzer : DiagnosticAnalyzer
{
    private protected NRulesAnalyzer(params DiagnosticDescriptor[] descriptors) =>
        SupportedDiagnostics = ImmutableArray.Create(descriptors);

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (NRulesSymbols.TryCreate(start.Compilation) is { } nrules)
            {
                Register(start, nrules);
            }
        });
    }

    private protected abstract void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules);

    /// <summary>Generated code is skipped, unless an analyzer must see every line (a check that guards a sandbox).</summary>
    private protected virtual GeneratedCodeAnalysisFlags GeneratedCode => GeneratedCodeAnalysisFlags.None;
}
