using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DealRules.Analyzers.Infrastructure;

internal static class SymbolSets
{
    public static ImmutableHashSet<T> ToImmutableHashSetOf<T>(this IEnumerable<T> symbols) where T : ISymbol =>
        symbols.ToImmutableHashSet<T>(new SymbolComparer<T>());
}

internal static class SymbolArrays
{
    public static ImmutableArray<T> ToImmutableArrayOf<T>(this IEnumerable<T> symbols) => ImmutableArray.CreateRange(symbols);
}

internal sealed class SymbolComparer<T> : IEqualityComparer<T> where T : ISymbol
{
    public bool Equals(T? x, T? y) => SymbolEqualityComparer.Default.Equals(x, y);

    public int GetHashCode(T obj) => SymbolEqualityComparer.Default.GetHashCode(obj);
}
