using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>The facts a rule's actions tell the engine they changed: <c>ctx.Update(x)</c>, <c>ctx.TryUpdate(x)</c>, <c>ctx.Update(x, Method)</c>.</summary>
internal static class FactUpdates
{
    public static ImmutableHashSet<ISymbol> UpdatedAliases(DefineMethod define) =>
        Calls(define)
            .Select(c => c.ArgumentList.Arguments.FirstOrDefault()?.Expression)
            .Where(e => e is not null)
            .Select(e => define.Model.GetSymbolInfo(e!, define.CancellationToken).Symbol)
            .OfType<ISymbol>()
            .ToImmutableHashSet(SymbolEqualityComparer.Default);

    /// <summary>Every Update or TryUpdate call on the action context inside the rule's actions.</summary>
    public static IEnumerable<InvocationExpressionSyntax> Calls(DefineMethod define) =>
        define.Actions
            .SelectMany(a => a.Body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            .Where(i => IsUpdate(i, define));

    /// <summary>True for <c>Update</c> or <c>TryUpdate</c> on the action context, or an extension method of it.</summary>
    public static bool IsUpdate(InvocationExpressionSyntax invocation, DefineMethod define) =>
        define.Model.GetSymbolInfo(invocation, define.CancellationToken).Symbol is IMethodSymbol { Name: "Update" or "TryUpdate" } method
        && (method.ReducedFrom ?? method).Parameters.FirstOrDefault()?.Type is var first
        && (SymbolEqualityComparer.Default.Equals(method.ContainingType, define.NRules.Context)
            || (method.IsExtensionMethod && SymbolEqualityComparer.Default.Equals(first, define.NRules.Context)));
}
