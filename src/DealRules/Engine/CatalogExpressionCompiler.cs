using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace DealRules.Engine;

/// <summary>
/// Compiles the shipped catalog's expression trees (conditions, joins, aggregates, actions) with
/// FastExpressionCompiler, which emits the IL itself instead of going through
/// <c>System.Linq.Expressions</c>' compiler; a tree it does not support is compiled by
/// <see cref="Expression{TDelegate}.Compile()"/> as before. Only for rules this process trusts:
/// packs from source and their worker keep NRules' own compiler.
/// </summary>
internal sealed class CatalogExpressionCompiler : IExpressionCompiler
{
    /// <summary>One compiler for every evaluator: it holds no state.</summary>
    public static readonly CatalogExpressionCompiler Instance = new();

    /// <summary>How many trees this process compiled with <see cref="Expression{TDelegate}.Compile()"/> because the fast compiler declined them.</summary>
    public static int FallbackCount => fallbacks;

    private static int fallbacks;

    private CatalogExpressionCompiler()
    {
    }

    /// <inheritdoc />
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        if (expression.CompileFast(ifFastFailedReturnNull: true) is { } compiled)
        {
            return compiled;
        }

        Interlocked.Increment(ref fallbacks);
        return expression.Compile();
    }
}
