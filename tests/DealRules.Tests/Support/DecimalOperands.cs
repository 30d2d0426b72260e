using System.Numerics;
using CsCheck;

namespace DealRules.Tests.Support;

/// <summary>Decimals of every scale, sign and magnitude for <c>ExactMath</c>'s property tests, weighted toward the edges where a fixed-width path can go wrong.</summary>
internal static class DecimalOperands
{
    private static readonly BigInteger Two64 = BigInteger.One << 64;
    private static readonly BigInteger Two96 = BigInteger.One << 96;

    /// <summary>
    /// Mantissas (0 to 2^96 − 1): any width, 0 and small integers, powers of ten and their multiples,
    /// and the neighbours of 2^32, 2^64, 2^96 and of 2^96 ÷ d (whose products and quotients land at the top of a scale's range).
    /// </summary>
    public static readonly Gen<BigInteger> Mantissa = Gen.OneOf(
        Gen.Select(Gen.UInt, Gen.UInt, Gen.UInt, Gen.Int[0, 96], (low, middle, high, shift) => Compose(low, middle, high) >> shift),
        Gen.Int[0, 1_000].Select(i => (BigInteger)i),
        Gen.Select(Gen.Int[1, 9], Gen.Int[0, 28], (digit, power) => BigInteger.Min(Two96 - 1, digit * BigInteger.Pow(10, power))),
        Gen.Int[-3, 3].Select(offset => (BigInteger.One << 32) + offset),
        Gen.Int[-3, 3].Select(offset => Two64 + offset),
        Gen.Int[1, 6].Select(offset => Two96 - offset),
        Gen.Select(Gen.Int[1, 10], Gen.Int[-4, 4], (divisor, offset) => BigInteger.Max(0, BigInteger.Min(Two96 - 1, (Two96 / divisor) + offset))));

    /// <summary>Any decimal: a <see cref="Mantissa"/> at any scale from 0 to 28, of either sign (−0 included).</summary>
    public static readonly Gen<decimal> Any = Gen.Select(Mantissa, Gen.Int[0, 28], Gen.Bool, Build);

    /// <summary>The decimal mantissa × 10^−scale, negated when <paramref name="negative"/>.</summary>
    public static decimal Build(BigInteger mantissa, int scale, bool negative) =>
        new((int)(uint)(mantissa & uint.MaxValue), (int)(uint)((mantissa >> 32) & uint.MaxValue), (int)(uint)(mantissa >> 64), negative, (byte)scale);

    /// <summary>The unsigned mantissa of <paramref name="value"/>.</summary>
    public static BigInteger MantissaOf(decimal value)
    {
        var bits = decimal.GetBits(value);
        return Compose((uint)bits[0], (uint)bits[1], (uint)bits[2]);
    }

    private static BigInteger Compose(uint low, uint middle, uint high) => ((BigInteger)high << 64) | ((BigInteger)middle << 32) | low;
}
