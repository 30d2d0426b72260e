using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1009: a condition or action reads the clock (including a <c>TimeProvider</c>) or a random source, directly or through a method of the rule class.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleMustNotReadClockOrRandom : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1009", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Rule reads the clock or a random source",
        "'{0}' in a rule's {1} makes results irreproducible and is not re-evaluated as time passes",
        "Pass time and randomness in as facts so that the same facts always give the same result.");

    /// <summary>Names that can only be a clock or random read, checked on syntax before anything is bound.</summary>
    private static readonly HashSet<string> CandidateNames = new()
    {
        "Now", "UtcNow", "Today", "NewGuid", "TickCount", "TickCount64", "Random", "Shared", "Stopwatch", "StartNew", "GetTimestamp",
        "GetUtcNow", "GetLocalNow",
    };

    private static readonly Dictionary<string, string[]?> Sources = new()
    {
        ["System.DateTime"] = new[] { "Now", "UtcNow", "Today" },
        ["System.DateTimeOffset"] = new[] { "Now", "UtcNow" },
        ["System.Guid"] = new[] { "NewGuid" },
        ["System.Environment"] = new[] { "TickCount", "TickCount64" },
        ["System.Random"] = null,
        ["System.Diagnostics.Stopwatch"] = null,
        ["System.TimeProvider"] = new[] { "GetUtcNow", "GetLocalNow", "GetTimestamp" },
    };

    public RuleMustNotReadClockOrRandom() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            Check(define.Conditions, "condition", define, context);
            Check(define.Actions, "action", define, context);
        });

    private static void Check(IEnumerable<LambdaExpressionSyntax> lambdas, string part, DefineMethod define, SyntaxNodeAnalysisContext context)
    {
        foreach (var lambda in lambdas)
        {
            foreach (var node in lambda.Body.DescendantNodesAndSelf())
            {
                if (Describe(node, define) is { } source)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, node.GetLocation(), source, part));
                }
                else if (node is InvocationExpressionSyntax invocation
                    && RuleMethods.MayBeOwn(invocation)
                    && RuleMethods.Target(invocation, define) is { Body: var body }
                    && body.DescendantNodesAndSelf().Select(n => Describe(n, define)).FirstOrDefault(s => s is not null) is { } hidden)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor, invocation.GetLocation(), $"{invocation.Expression} (reads {hidden})", part));
                }
            }
        }
    }

    /// <summary>The clock or random member a node reads, as <c>DateTime.Now</c>, or null.</summary>
    private static string? Describe(SyntaxNode node, DefineMethod define)
    {
        var candidate = node switch
        {
            MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } member when call.Expression == member => false,
            MemberAccessExpressionSyntax member => CandidateNames.Contains(member.Name.Identifier.ValueText),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => CandidateNames.Contains(member.Name.Identifier.ValueText),
            ObjectCreationExpressionSyntax creation => CandidateNames.Contains(creation.Type.ToString().Split('.').Last()),
            ImplicitObjectCreationExpressionSyntax => true,
            _ => false,
        };
        if (!candidate)
        {
            return null;
        }

        var symbol = define.Model.GetSymbolInfo(node, define.CancellationToken).Symbol;
        while (symbol is IMethodSymbol { OverriddenMethod: { } overridden })
        {
            // A provider that overrides TimeProvider.GetUtcNow (a fake in tests, a custom clock) reads the clock all the same.
            symbol = overridden;
        }

        if (symbol?.ContainingType is not { } type || !Sources.TryGetValue(type.ToDisplayString(), out var members))
        {
            return null;
        }

        // For Random and Stopwatch, creating one (or a static such as Random.Shared) is the read; calls on the instance add nothing.
        if (members is null ? !symbol.IsStatic && symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } : !members.Contains(symbol.Name))
        {
            return null;
        }

        return symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? $"new {type.Name}()" : $"{type.Name}.{symbol.Name}";
    }
}
