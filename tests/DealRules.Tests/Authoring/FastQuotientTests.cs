using System.Numerics;
using CsCheck;
using DealRules.Authoring;
using DealRules.Tests.Support;

namespace DealRules.Tests.Authoring;

public sealed class FastQuotientTests
{
    private static readonly BigInteger Two128 = BigInteger.One << 128;

    [Fact]
    public void Answers_whenever_the_product_of_the_mantissas_fits_128_bits_and_then_as_the_reference_does()
    {
        // Only an overflowing product (or a zero divisor) may go to the slow BigInteger path; every answer given is the reference's, scale and sign included.
        var multiplier = Gen.OneOf(DecimalOperands.Any, Gen.Const(1m), Gen.Const(100m));
        Gen.Select(DecimalOperands.Any, multiplier, DecimalOperands.Any.Where(d => d != 0)).Sample((a, m, b) =>
        {
            var fits = DecimalOperands.MantissaOf(a) * DecimalOperands.MantissaOf(m) < Two128;
            var answered = FastQuotient.TryScaledBy(a, m, b, out var quotient);
            return answered == fits && (!answered || decimal.GetBits(quotient).SequenceEqual(decimal.GetBits(ExactMath.ScaledByBigIntegers(a, m, b))));
        }, iter: 100_000);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("18446744073709551616", "18446744073709551616")] // 2^64 × 2^64 = 2^128, one past the largest that fits
    public void Declines_a_product_beyond_128_bits(string value, string multiplier)
    {
        Assert.False(FastQuotient.TryScaledBy(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(multiplier, System.Globalization.CultureInfo.InvariantCulture), 1m, out _));
    }

    [Fact]
    public void Declines_a_zero_divisor_so_that_the_reference_throws()
    {
        Assert.False(FastQuotient.TryScaledBy(1m, 1m, 0m, out _));
    }
}
