using System.Numerics;

namespace DealRules.Baselines.HandWritten;

/// <summary>
/// Ratios of money compared and shown without rounding error, as the catalog asks ("a ratio of
/// 0.4999… never becomes 0.5 and fires"): a decimal is an integer over a power of ten, so a ratio is
/// compared by cross-multiplying integers, and shown as the exact value rounded to four places, half
/// away from zero, as every finding's evidence is.
/// </summary>
internal static class ExactRatio
{
    private static readonly BigInteger TenThousand = 10_000;

    /// <summary>Whether <paramref name="numerator"/> × <paramref name="factor"/> ÷ <paramref name="denominator"/> ≥ <paramref name="threshold"/>; the denominator is positive.</summary>
    public static bool AtLeast(decimal numerator, decimal denominator, decimal threshold, decimal factor = 1m)
    {
        var (p, q) = Fraction(numerator, denominator, factor);
        var (t, tScale) = Parts(threshold);
        return p * BigInteger.Pow(10, tScale) >= t * q;
    }

    /// <summary><paramref name="numerator"/> × <paramref name="factor"/> ÷ <paramref name="denominator"/>, rounded to four places; the denominator is positive.</summary>
    public static decimal Rounded(decimal numerator, decimal denominator, decimal factor = 1m)
    {
        var (p, q) = Fraction(numerator, denominator, factor);
        var tenThousandths = BigInteger.Divide((2 * p * TenThousand) + q, 2 * q);
        return (decimal)tenThousandths * 0.0001m;
    }

    /// <summary>The value as evidence shows it: four places at most, half away from zero, no trailing zeros.</summary>
    public static decimal Shown(decimal value) =>
        decimal.Round(value, 4, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;

    /// <summary>numerator × factor ÷ denominator as p ÷ q with p and q non-negative integers.</summary>
    private static (BigInteger P, BigInteger Q) Fraction(decimal numerator, decimal denominator, decimal factor)
    {
        var (n, nScale) = Parts(numerator);
        var (f, fScale) = Parts(factor);
        var (d, dScale) = Parts(denominator);
        return (n * f * BigInteger.Pow(10, dScale), d * BigInteger.Pow(10, nScale + fScale));
    }

    private static (BigInteger Mantissa, int Scale) Parts(decimal value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Amounts, ratios and thresholds of the catalog are never negative.");
        }

        return ((BigInteger)(value * Pow10(value.Scale)), value.Scale);
    }

    private static decimal Pow10(int scale)
    {
        var power = 1m;
        for (var i = 0; i < scale; i++)
        {
            power *= 10m;
        }

        return power;
    }
}
