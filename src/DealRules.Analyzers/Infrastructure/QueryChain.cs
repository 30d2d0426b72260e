using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>Walks a fluent chain of calls: <c>q.Match().Collect().Where(…)</c>.</summary>
internal static class QueryChain
{
    /// <summary>The member names of the calls chained after <paramref name="call"/>, nearest first.</summary>
    public static IEnumerable<SimpleNameSyntax> After(InvocationExpressionSyntax call)
    {
        var current = (ExpressionSyntax)call;
        while (current.Parent is MemberAccessExpressionSyntax member && member.Expression == current
               && member.Parent is InvocationExpressionSyntax next)
        {
            yield return member.Name;
            current = next;
        }
    }
}
