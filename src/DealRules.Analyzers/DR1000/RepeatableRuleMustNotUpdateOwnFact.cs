using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1008: a rule left repeatable by default updates a fact its own left-hand side matches, with no change
/// filter, and the update does not make the pattern's conditions false: it can fire forever. A rule that
/// states its repeatability (<c>[Repeatability(…)]</c>, either value) has decided, and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RepeatableRuleMustNotUpdateOwnFact : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1008", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Repeatable rule updates a fact it matches",
        "Rule '{0}' updates '{1}', which its own left-hand side matches, with no change filter, and the update leaves its conditions true: it can fire forever",
        "Updating a matched fact reactivates a repeatable rule; make it non-repeatable, filter on the values that change, or make the update end the match.");

    public RepeatableRuleMustNotUpdateOwnFact() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            if (StatesRepeatability(define.RuleClass, nrules) || define.Calls.Any(c => c is { Part: DslPart.Filter, Name: "OnChange" }))
            {
                return;
            }

            var patterns = define.Bindings.Where(b => b.Kind == AliasKind.Pattern && b.Symbol is not null).ToArray();
            foreach (var update in FactUpdates.Calls(define))
            {
                var fact = update.ArgumentList.Arguments.FirstOrDefault()?.Expression;
                var pattern = fact is null ? null : patterns.FirstOrDefault(p => FactChanges.RefersTo(fact, p.Symbol!, define));
                if (pattern is null || UpdateEndsMatch(pattern, define))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptor, update.GetLocation(), define.RuleClass.Name, pattern.Name));
            }
        });

    /// <summary>True when what the actions change in the fact makes one of its pattern's conditions false (or, counting up to a bound, eventually false).</summary>
    private static bool UpdateEndsMatch(AliasBinding pattern, DefineMethod define)
    {
        var changes = FactChanges.MadeBy(define, pattern.Symbol!);
        if (changes.IsEmpty)
        {
            return false;
        }

        var having = QueryChain.After(pattern.Call.Syntax)
            .TakeWhile(name => name.Identifier.ValueText == "Having")
            .Select(name => (InvocationExpressionSyntax)name.Parent!.Parent!);
        var own = pattern.Call.Syntax.ArgumentList.Arguments
            .Concat(having.SelectMany(h => h.ArgumentList.Arguments))
            .Select(a => a.Expression)
            .OfType<LambdaExpressionSyntax>()
            .Where(l => l != pattern.Lambda)
            .ToArray();
        if (own.Any(condition => ConditionTest.Evaluate(condition, pattern.Name, changes, copiedFrom: null, define) == Truth.False))
        {
            return true;
        }

        // A later pattern or Having that reads the fact by its alias (l => l.OrderId == order.Id && !order.Closed) ends the match too.
        return pattern.Name is { } alias && define.Calls
            .Where(c => c is { Part: DslPart.LeftHandSide, IsNRulesMethod: true, Name: "Match" or "Having" } && c != pattern.Call)
            .SelectMany(c => c.Syntax.ArgumentList.Arguments)
            .Select(a => a.Expression)
            .OfType<LambdaExpressionSyntax>()
            .Where(l => !own.Contains(l) && !define.Bindings.Any(b => b.Lambda == l) && define.IsExpressionTreeLambda(l))
            .Any(condition => ConditionTest.EvaluateAbout(condition, alias, changes, define) == Truth.False);
    }

    private static bool StatesRepeatability(INamedTypeSymbol rule, NRulesSymbols nrules) =>
        rule.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, nrules.RepeatabilityAttribute));
}
