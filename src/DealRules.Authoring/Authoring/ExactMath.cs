using System.Numerics;

namespace DealRules.Authoring;

/// <summary>
/// Sums, ratios and shares of money that never overflow and never round across a threshold. A
/// quotient is the largest <see cref="decimal"/> not above the exact value (saturating at
/// <see cref="decimal.MaxValue"/>), so for every decimal threshold <c>t</c>,
/// <c>Quotient(a, b) &gt;= t</c> exactly when <c>a / b &gt;= t</c>: a ratio of 0.49999… never
/// becomes 0.5 and fires. Round only to show a value (<see cref="Wording"/>).
/// </summary>
public static class ExactMath
{
    private static readonly BigInteger LargestMantissa = (BigInteger.One << 96) - 1;

    /// <summary>The sum of non-negative amounts, saturating at <see cref="decimal.MaxValue"/> (amounts of a valid document are at most 10^18, so only 79 billion of them could get there).</summary>
    /// <param name="values">The values.</param>
    public static decimal Sum(IEnumerable<decimal> values)
    {
        var sum = 0m;
        foreach (var value in values)
        {
            sum = Add(sum, value);
        }

        return sum;
    }

    /// <summary><paramref name="a"/> + <paramref name="b"/>, saturating at the range of <see cref="decimal"/>.</summary>
    /// <param name="a">A value.</param>
    /// <param name="b">Another.</param>
    public static decimal Add(decimal a, decimal b)
    {
        try
        {
            return checked(a + b);
        }
        catch (OverflowException)
        {
            return a > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>The largest decimal not above <paramref name="numerator"/> ÷ <paramref name="denominator"/> (toward zero for a negative quotient).</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; not 0.</param>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is 0.</exception>
    public static decimal Quotient(decimal numerator, decimal denominator) =>
        FastQuotient.TryScaledBy(numerator, 1, denominator, out var quotient) ? quotient : ScaledByBigIntegers(numerator, 1, denominator);

    /// <summary>The largest decimal not above <paramref name="value"/> × <paramref name="multiplier"/> ÷ <paramref name="divisor"/>, computed exactly (no intermediate overflow).</summary>
    /// <param name="value">The value.</param>
    /// <param name="multiplier">What it is multiplied by.</param>
    /// <param name="divisor">What the product is divided by; not 0.</param>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is 0.</exception>
    public static decimal ScaledBy(decimal value, decimal multiplier, decimal divisor) =>
        FastQuotient.TryScaledBy(value, multiplier, divisor, out var quotient) ? quotient : ScaledByBigIntegers(value, multiplier, divisor);

    /// <summary><see cref="ScaledBy"/> in <see cref="BigInteger"/>s, for any operands: the reference <see cref="FastQuotient"/> is tested against, and the answer where its operands do not fit.</summary>
    internal static decimal ScaledByBigIntegers(decimal value, decimal multiplier, decimal divisor)
    {
        var (a, aScale, aNegative) = Parts(value);
        var (m, mScale, mNegative) = Parts(multiplier);
        var (b, bScale, bNegative) = Parts(divisor);
        return Divide(a * m, aScale + mScale, b, bScale, aNegative ^ mNegative ^ bNegative);
    }

    /// <summary>(a / 10^aScale) ÷ (b / 10^bScale), the largest decimal not above it in magnitude.</summary>
    private static decimal Divide(BigInteger a, int aScale, BigInteger b, int bScale, bool negative)
    {
        if (b.IsZero)
        {
            throw new DivideByZeroException();
        }

        // At scale k the mantissa is floor(a·10^(bScale+k) / (b·10^aScale)). The finest scale whose
        // mantissa fits gives the answer, unless a finer scale's largest mantissa comes closer (only
        // near the top of a scale's range): take the greatest candidate.
        var best = 0m;
        for (var scale = 28; scale >= 0; scale--)
        {
            var numerator = a * BigInteger.Pow(10, bScale + scale);
            var denominator = b * BigInteger.Pow(10, aScale);
            var mantissa = BigInteger.Divide(numerator, denominator);
            var fits = mantissa <= LargestMantissa;
            var candidate = Decimal(fits ? mantissa : LargestMantissa, scale);
            best = Math.Max(best, candidate);
            if (fits)
            {
                break;
            }
        }

        return negative ? -best : best;
    }

    private static (BigInteger Mantissa, int Scale, bool Negative) Parts(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (mantissa, (bits[3] >> 16) & 0xff, bits[3] < 0);
    }

    private static decimal Decimal(BigInteger mantissa, int scale)
    {
        var low = (int)(uint)(mantissa & uint.MaxValue);
        var middle = (int)(uint)((mantissa >> 32) & uint.MaxValue);
        var high = (int)(uint)(mantissa >> 64);
        return new decimal(low, middle, high, isNegative: false, (byte)scale);
    }
}
