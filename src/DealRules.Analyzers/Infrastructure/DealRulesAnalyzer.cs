using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>The base of the DR2xxx analyzers: registers only where both NRules and the DealRules authoring API are referenced.</summary>
public abstract class DealRulesAnalyzer : NRulesAnalyzer
{
    private protected DealRulesAnalyzer(params DiagnosticDescriptor[] descriptors) : base(descriptors)
    {
    }

    private protected sealed override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules)
    {
        if (DealRulesSymbols.TryCreate(start.Compilation) is { } dealRules)
        {
            Register(start, nrules, dealRules);
        }
    }

    private protected abstract void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, DealRulesSymbols dealRules);
}
