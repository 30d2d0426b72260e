using System.Numerics;
using CsCheck;
using DealRules.Authoring;

namespace DealRules.Tests.Authoring;

public sealed class WideDivisionTests
{
    // Words near 0, near the top, single bits and their masks, besides any word: where normalizing shifts and quotient corrections go wrong.
    private static readonly Gen<ulong> Word = Gen.OneOf(
        Gen.ULong,
        Gen.ULong[0, 16],
        Gen.ULong[0, 16].Select(offset => ulong.MaxValue - offset),
        Gen.Int[0, 63].Select(bit => 1UL << bit),
        Gen.Int[0, 63].Select(bit => (1UL << bit) - 1),
        Gen.Select(Gen.ULong, Gen.Int[0, 63], (word, shift) => word >> shift),
        Gen.Select(Gen.Int[0, 63], Gen.ULong[0, 3], (bit, offset) => (1UL << bit) + offset));

    private static readonly Gen<ulong> NonZeroWord = Word.Where(word => word != 0);

    [Fact]
    public void Two_words_by_one_give_the_quotient_and_remainder()
    {
        // Built from the answer: n = q·d + r with r < d, so hi < d as the method requires.
        Gen.Select(NonZeroWord, Word, Word).Sample((divisor, quotient, remainderSeed) =>
        {
            var remainder = remainderSeed % divisor;
            var dividend = ((UInt128)quotient * divisor) + remainder;
            var answer = WideDivision.DivRem((ulong)(dividend >> 64), (ulong)dividend, divisor, out var actualRemainder);
            return answer == quotient && actualRemainder == remainder;
        }, iter: 200_000);
    }

    [Fact]
    public void Three_words_by_two_give_the_quotient_and_remainder()
    {
        Gen.Select(Word, Word, Word, Word, Word).Sample((divisorHi, divisorLo, quotient, remainderHi, remainderLo) =>
        {
            var divisor = (Wide(divisorHi, divisorLo) % (BigInteger.One << 128)) is { IsZero: false } d ? d : BigInteger.One;
            var remainder = Wide(remainderHi, remainderLo) % divisor;
            var dividend = (quotient * divisor) + remainder;
            var answer = WideDivision.DivRem(WordOf(dividend, 2), WordOf(dividend, 1), WordOf(dividend, 0), WordOf(divisor, 1), WordOf(divisor, 0), out var actualHi, out var actualLo);
            return answer == quotient && Wide(actualHi, actualLo) == remainder;
        }, iter: 200_000);
    }

    [Fact]
    public void Two_words_by_two_give_the_quotient_and_remainder()
    {
        Gen.Select(Word, Word, Word, Word).Sample((hi, lo, divisorHi, divisorLo) =>
        {
            var dividend = new UInt128(hi, lo);
            var divisor = new UInt128(divisorHi, divisorLo == 0 && divisorHi == 0 ? 1 : divisorLo);
            var (quotientHi, quotientLo) = (hi, lo);
            WideDivision.DivRem(ref quotientHi, ref quotientLo, (ulong)(divisor >> 64), (ulong)divisor, out var remainderHi, out var remainderLo);
            return new UInt128(quotientHi, quotientLo) == dividend / divisor && new UInt128(remainderHi, remainderLo) == dividend % divisor;
        }, iter: 200_000);
    }

    [Fact]
    public void Products_are_exact_and_overflow_is_reported()
    {
        Gen.Select(Word, Word, Word).Sample((hi, lo, factor) =>
        {
            var product = Wide(hi, lo) * factor;
            var (productHi, productLo) = (hi, lo);
            var fits = WideDivision.TryMultiply(ref productHi, ref productLo, factor);
            return fits == product < (BigInteger.One << 128) && Wide(productHi, productLo) == product % (BigInteger.One << 128);
        }, iter: 200_000);
    }

    private static BigInteger Wide(ulong hi, ulong lo) => ((BigInteger)hi << 64) | lo;

    private static ulong WordOf(BigInteger value, int index) => (ulong)((value >> (64 * index)) & ulong.MaxValue);
}
