using System.Numerics;

namespace DealRules.Baselines.HandWritten;

/// <summary>
/// Ratios of money compared and shown without rounding error, as the catalog asks ("a ratio of
/// 0.4999… never becomes 0.5 and fires"): a decimal is an integer over a power of ten, so a ratio is
/// compared by cross-multiplying integers, and shown as the exact value rounded to four places, half
/// away from zero, as every finding's evidence is. The integers are 128-bit while they fit (always, for
/// the amounts of real and generated documents), arbitrary-precision otherwise; a ratio beyond the
/// largest decimal is shown as the largest decimal.
/// </summary>
internal static class ExactRatio
{
    private static readonly UInt128[] Powers = PowersOfTen();
    private static readonly BigInteger LargestDecimal = new(decimal.MaxValue);

    /// <summary>Whether <paramref name="numerator"/> × <paramref name="factor"/> ÷ <paramref name="denominator"/> ≥ <paramref name="threshold"/>; the denominator is positive.</summary>
    public static bool AtLeast(decimal numerator, decimal denominator, decimal threshold, decimal factor = 1m)
    {
        var (n, nScale) = Parts(numerator);
        var (f, fScale) = Parts(factor);
        var (d, dScale) = Parts(denominator);
        var (t, tScale) = Parts(threshold);
        try
        {
            checked
            {
                return n * f * Power(dScale + tScale) >= t * d * Power(nScale + fScale);
            }
        }
        catch (OverflowException)
        {
            return (BigInteger)n * f * BigInteger.Pow(10, dScale + tScale) >= (BigInteger)t * d * BigInteger.Pow(10, nScale + fScale);
        }
    }

    /// <summary><paramref name="numerator"/> × <paramref name="factor"/> ÷ <paramref name="denominator"/>, rounded to four places; the denominator is positive.</summary>
    public static decimal Rounded(decimal numerator, decimal denominator, decimal factor = 1m)
    {
        var (n, nScale) = Parts(numerator);
        var (f, fScale) = Parts(factor);
        var (d, dScale) = Parts(denominator);
        try
        {
            checked
            {
                // p / q rounded half up to a multiple of 1/10,000: floor((2·p·10^4 + q) / 2q).
                var p = n * f * Power(dScale + 4);
                var q = d * Power(nScale + fScale);
                var tenThousandths = ((2 * p) + q) / (2 * q);
                return tenThousandths >> 96 == 0
                    ? new decimal((int)(uint)tenThousandths, (int)(uint)(tenThousandths >> 32), (int)(uint)(tenThousandths >> 64), false, 4)
                    : (decimal)tenThousandths / 10_000m;
            }
        }
        catch (OverflowException)
        {
            var p = (BigInteger)n * f * BigInteger.Pow(10, dScale + 4);
            var q = (BigInteger)d * BigInteger.Pow(10, nScale + fScale);
            var whole = BigInteger.DivRem(BigInteger.Divide((2 * p) + q, 2 * q), 10_000, out var rest);
            return whole > LargestDecimal ? decimal.MaxValue : (decimal)whole + ((decimal)rest / 10_000m);
        }
    }

    /// <summary>The value as evidence shows it: four places at most, half away from zero, no trailing zeros.</summary>
    public static decimal Shown(decimal value) =>
        decimal.Round(value, 4, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;

    /// <summary>10^<paramref name="exponent"/>; beyond 10^38, an overflow, which sends the caller to arbitrary precision.</summary>
    private static UInt128 Power(int exponent) => exponent < Powers.Length ? Powers[exponent] : throw new OverflowException();

    /// <summary>The decimal as its integer mantissa and power-of-ten scale.</summary>
    private static (UInt128 Mantissa, int Scale) Parts(decimal value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Amounts, ratios and thresholds of the catalog are never negative.");
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        return (mantissa, (bits[3] >> 16) & 0xFF);
    }

    private static UInt128[] PowersOfTen()
    {
        var powers = new UInt128[39];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
