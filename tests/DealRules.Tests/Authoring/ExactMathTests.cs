using System.Globalization;
using System.Numerics;
using CsCheck;
using DealRules.Authoring;
using DealRules.Tests.Support;

namespace DealRules.Tests.Authoring;

public sealed class ExactMathTests
{
    [Fact]
    public void Ratio_just_below_a_threshold_stays_below_it()
    {
        const decimal threshold = 0.6666666666666666666666666667m;

        Assert.True(2m / 3m >= threshold); // decimal division rounds two thirds up, across the threshold
        Assert.Equal(0.6666666666666666666666666666m, ExactMath.Quotient(2m, 3m));
        Assert.False(ExactMath.Quotient(2m, 3m) >= threshold);
    }

    [Fact]
    public void Tiny_investment_against_a_huge_commitment_saturates_instead_of_overflowing()
    {
        Assert.Equal(decimal.MaxValue, ExactMath.Quotient(1_000_000_000_000_000_000m, 0.0000000000000000000000000001m));
        Assert.Equal(decimal.MaxValue, ExactMath.ScaledBy(decimal.MaxValue, 100, 1));
        Assert.Equal(decimal.MaxValue, ExactMath.Sum([decimal.MaxValue, 1_000_000_000_000_000_000m]));
    }

    [Fact]
    public void Share_is_exact_where_the_product_would_overflow()
    {
        var half = 39_614_081_257_132_168_796_771_975_167m; // about decimal.MaxValue / 2; half × 100 is far out of range

        Assert.Equal(50m, ExactMath.ScaledBy(half, 100, half * 2));
    }

    [Fact]
    public void Quotient_compares_with_any_threshold_as_the_exact_ratio_does()
    {
        var amount = Gen.Decimal[0m, 1_000_000_000_000_000_000m];
        Gen.Select(amount, amount.Where(d => d > 0), Gen.Decimal[0m, 1_000m]).Sample((a, b, threshold) =>
        {
            var quotient = ExactMath.Quotient(a, b);
            // quotient <= a / b exactly, and quotient >= t exactly when a / b >= t
            return Compare(quotient, b, a) <= 0 && (quotient >= threshold) == (Compare(threshold, b, a) <= 0);
        }, iter: 20_000);
    }

    [Fact]
    public void Fast_path_answers_as_the_big_integer_path_does_bit_for_bit()
    {
        // Value and scale both: a report prints a decimal with its trailing zeros.
        var amount = Gen.Decimal[0m, 1_000_000_000_000_000_000m];
        var operand = Gen.OneOf(amount, Gen.Decimal, Gen.Decimal[-1m, 1m], Gen.Const(100m), Gen.Const(1m));
        Gen.Select(operand, operand, operand.Where(d => d != 0)).Sample((a, m, b) =>
            decimal.GetBits(ExactMath.ScaledBy(a, m, b)).SequenceEqual(decimal.GetBits(ExactMath.ScaledByBigIntegers(a, m, b))), iter: 50_000);
    }

    [Fact]
    public void Value_of_a_sum_without_capacity_is_bit_for_bit_the_scaled_value()
    {
        // ValueAt skips scaling a capacity of 0m; the value must be the one scaling would have given, scale included.
        var amount = Gen.OneOf(Gen.Decimal[-1_000_000_000_000m, 1_000_000_000_000_000_000m], Gen.Decimal, Gen.Const(0m), Gen.Const(0.00m));
        var capacity = Gen.OneOf(Gen.Const(0m), Gen.Const(0.0m), Gen.Const(-0m), Gen.Decimal[0m, 10m]);
        var price = Gen.OneOf(Gen.Decimal, Gen.Const(0m), Gen.Const(50_000_000_000m), Gen.Decimal[0.0000001m, 1m]);
        Gen.Select(amount, capacity, price).Sample((stated, gw, dollarsPerGw) =>
            decimal.GetBits(new MoneySum(stated, gw).ValueAt(dollarsPerGw))
                .SequenceEqual(decimal.GetBits(ExactMath.Add(stated, ExactMath.ScaledBy(gw, dollarsPerGw, 1)))), iter: 50_000);
    }

    [Fact]
    public void ScaledBy_answers_as_the_big_integer_reference_for_decimals_of_every_scale_and_magnitude()
    {
        var multiplier = Gen.OneOf(DecimalOperands.Any, Gen.Const(1m), Gen.Const(100m), Gen.Int[-10, 10].Select(i => (decimal)i));
        Gen.Select(DecimalOperands.Any, multiplier, DecimalOperands.Any.Where(d => d != 0)).Sample((a, m, b) =>
            decimal.GetBits(ExactMath.ScaledBy(a, m, b)).SequenceEqual(decimal.GetBits(ExactMath.ScaledByBigIntegers(a, m, b))), iter: 100_000);
    }

    [Fact]
    public void Quotient_answers_as_the_big_integer_reference_for_decimals_of_every_scale_and_magnitude()
    {
        var divisor = Gen.OneOf(DecimalOperands.Any, Gen.Const(1m), Gen.Int[0, 28].Select(k => DecimalOperands.Build(BigInteger.Pow(10, k), 0, false)));
        Gen.Select(DecimalOperands.Any, divisor.Where(d => d != 0)).Sample((a, b) =>
            decimal.GetBits(ExactMath.Quotient(a, b)).SequenceEqual(decimal.GetBits(ExactMath.ScaledByBigIntegers(a, 1, b))), iter: 100_000);
    }

    [Theory]
    [InlineData("3.9614081257132168796771975168", "2", "1", "7.9228162514264337593543950335")] // 2^96 at scale 28: scale 27 gives ...033, below 2^96 − 1 at scale 28
    [InlineData("3.9614081257132168796771975169", "-2", "1", "-7.9228162514264337593543950335")] // 2^96 + 2: still ...033 at scale 27
    [InlineData("3.9614081257132168796771975170", "2", "1", "7.922816251426433759354395034")] // 2^96 + 4: scale 27's ...034 is the closer one
    [InlineData("79228162514264337593543950335", "1", "0.9999999999999999999999999999", "79228162514264337593543950335")] // beyond the range: decimal.MaxValue
    [InlineData("-79228162514264337593543950335", "10", "1", "-79228162514264337593543950335")] // beyond the range, negative: decimal.MinValue
    [InlineData("7", "1", "0.0000000000000000000000000001", "70000000000000000000000000000")] // exact, at scale 0
    [InlineData("5", "1", "0.0000000000000000000000000003", "16666666666666666666666666666")]
    [InlineData("1", "1", "79228162514264337593543950335", "0")] // below the finest step: 0 at scale 28 is no greater than 0m, which stays
    public void Quotient_at_the_top_of_a_scale_or_beyond_the_range_is_the_greatest_decimal_not_above_it(string value, string multiplier, string divisor, string expected)
    {
        var (a, m, b) = (decimal.Parse(value, CultureInfo.InvariantCulture), decimal.Parse(multiplier, CultureInfo.InvariantCulture), decimal.Parse(divisor, CultureInfo.InvariantCulture));

        Assert.Equal(decimal.GetBits(ExactMath.ScaledByBigIntegers(a, m, b)), decimal.GetBits(ExactMath.ScaledBy(a, m, b)));
        Assert.Equal(expected, ExactMath.ScaledBy(a, m, b).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Quotient_by_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => ExactMath.Quotient(1m, 0m));
        Assert.Throws<DivideByZeroException>(() => ExactMath.ScaledBy(1m, 100m, -0.000m));
    }

    [Theory]
    [InlineData("2", "1", "3")]
    [InlineData("-0.000", "1", "3")]
    [InlineData("0", "5", "-3")]
    [InlineData("5", "0", "3")]
    [InlineData("1", "1", "1")]
    [InlineData("0.0000000000000000000000000001", "1", "10000000000000000000000000000")]
    [InlineData("18446744073709551616", "18446744073709551616", "3")]
    [InlineData("18446744073709551615", "18446744073709551617", "0.7")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000007", "0.0000000000000000000000000003", "0.0000000000000000000000000001")]
    [InlineData("1.8446744073709551617", "1", "1.8446744073709551615")]
    [InlineData("0", "100", "7")]
    [InlineData("1", "100", "3")]
    [InlineData("-5", "1", "0.0000000000000000000000000003")]
    [InlineData("7.9228162514264337593543950335", "1", "1")]
    [InlineData("79228162514264337593543950335", "1", "0.1")]
    [InlineData("123456789.123456789", "100", "987654321.987654321")]
    public void Fast_path_answers_as_the_big_integer_path_does_at_the_edges(string value, string multiplier, string divisor)
    {
        var (a, m, b) = (decimal.Parse(value, CultureInfo.InvariantCulture), decimal.Parse(multiplier, CultureInfo.InvariantCulture), decimal.Parse(divisor, CultureInfo.InvariantCulture));

        Assert.Equal(decimal.GetBits(ExactMath.ScaledByBigIntegers(a, m, b)), decimal.GetBits(ExactMath.ScaledBy(a, m, b)));
    }

    /// <summary>Sign of x·b − a, exactly.</summary>
    private static int Compare(decimal x, decimal b, decimal a)
    {
        var (xm, xs) = Parts(x);
        var (bm, bs) = Parts(b);
        var (am, @as) = Parts(a);
        var left = xm * bm * BigInteger.Pow(10, @as);
        var right = am * BigInteger.Pow(10, xs + bs);
        return left.CompareTo(right);
    }

    private static (BigInteger Mantissa, int Scale) Parts(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xff);
    }
}
