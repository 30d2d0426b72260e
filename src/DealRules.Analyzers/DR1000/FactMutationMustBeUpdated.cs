using System.Collections.Immutable;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1007: an action passes a matched fact to a method of the rule class that changes the fact's
/// members, and no action updates the fact, so the engine never learns of the change.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FactMutationMustBeUpdated : NRulesAnalyzer
{
    /// <summary>The diagnostic property naming the fact, for the code fix.</summary>
    public const string FactProperty = "Fact";

    public FactMutationMustBeUpdated() : base(Descriptors.DR1007_FactMutationMustBeUpdated)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            var aliases = define.AliasLocals;
            if (aliases.IsEmpty)
            {
                return;
            }

            var updated = FactUpdates.UpdatedAliases(define);
            foreach (var invocation in define.Actions.SelectMany(a => a.Body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()))
            {
                if (!RuleMethods.MayBeOwn(invocation) || RuleMethods.Target(invocation, define) is not { Method: { } method, Body: var body })
                {
                    continue;
                }

                var arguments = invocation.ArgumentList.Arguments;
                for (var i = 0; i < arguments.Count && i < method.Parameters.Length; i++)
                {
                    if (define.Model.GetSymbolInfo(arguments[i].Expression, context.CancellationToken).Symbol is not ILocalSymbol fact
                        || !aliases.Contains(fact)
                        || updated.Contains(fact)
                        || !Writes.Targets(body).Any(t => Writes.IsMemberOf(t, method.Parameters[i], define.Model, context.CancellationToken)))
                    {
                        continue;
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DR1007_FactMutationMustBeUpdated,
                        invocation.GetLocation(),
                        ImmutableDictionary<string, string?>.Empty.Add(FactProperty, fact.Name),
                        method.Name,
                        fact.Name));
                }
            }
        });
}
