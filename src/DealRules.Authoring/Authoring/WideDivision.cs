using System.Numerics;

namespace DealRules.Authoring;

/// <summary>
/// Multiplication and division of unsigned integers of up to three 64-bit words, written on
/// <see cref="ulong"/> (no <see cref="UInt128"/>: crossgen2 does not precompile methods that use it,
/// so they would start as unoptimized code in every process). A number is passed high word first.
/// </summary>
internal static class WideDivision
{
    /// <summary>hi:lo × <paramref name="factor"/>, in three words.</summary>
    public static void Multiply(ulong hi, ulong lo, ulong factor, out ulong top, out ulong middle, out ulong bottom)
    {
        var carry = Math.BigMul(lo, factor, out bottom);
        top = Math.BigMul(hi, factor, out var hiLow);
        middle = hiLow + carry;
        if (middle < carry)
        {
            top++;
        }
    }

    /// <summary>hi:lo × <paramref name="factor"/>, or false when the product does not fit 128 bits.</summary>
    public static bool TryMultiply(ref ulong hi, ref ulong lo, ulong factor)
    {
        Multiply(hi, lo, factor, out var top, out var middle, out var bottom);
        (hi, lo) = (middle, bottom);
        return top == 0;
    }

    /// <summary>
    /// hi:lo ÷ divisorHi:divisorLo, both 128-bit: the quotient replaces the dividend, the remainder is
    /// returned in <paramref name="remainderHi"/>:<paramref name="remainderLo"/>.
    /// </summary>
    public static void DivRem(ref ulong hi, ref ulong lo, ulong divisorHi, ulong divisorLo, out ulong remainderHi, out ulong remainderLo)
    {
        var quotientHi = DivRem(0, 0, hi, divisorHi, divisorLo, out var partHi, out var partLo);
        lo = DivRem(partHi, partLo, lo, divisorHi, divisorLo, out remainderHi, out remainderLo);
        hi = quotientHi;
    }

    /// <summary>
    /// n2:n1:n0 ÷ divisorHi:divisorLo for a dividend below divisor × 2^64, so that the quotient fits one
    /// word; the remainder (below the divisor) is returned in two.
    /// </summary>
    public static ulong DivRem(ulong n2, ulong n1, ulong n0, ulong divisorHi, ulong divisorLo, out ulong remainderHi, out ulong remainderLo)
    {
        if (divisorHi == 0)
        {
            // Below divisor × 2^64 means n2 = 0 and n1 < divisor: one two-by-one step, or a plain division.
            remainderHi = 0;
            if (n1 == 0)
            {
                var quotient = n0 / divisorLo;
                remainderLo = n0 - (quotient * divisorLo);
                return quotient;
            }

            return DivRem(n1, n0, divisorLo, out remainderLo);
        }

        if (n2 == 0 && (n1 < divisorHi || (n1 == divisorHi && n0 < divisorLo)))
        {
            (remainderHi, remainderLo) = (n1, n0);
            return 0;
        }

        return DivRemNormalizing(n2, n1, n0, divisorHi, divisorLo, out remainderHi, out remainderLo);
    }

    /// <summary>
    /// hi:lo ÷ <paramref name="divisor"/> for hi below the divisor (the quotient fits one word): Knuth's
    /// algorithm D in 32-bit digits (Hacker's Delight, divlu), since .NET has no portable 128-by-64 division.
    /// </summary>
    public static ulong DivRem(ulong hi, ulong lo, ulong divisor, out ulong remainder)
    {
        const ulong digit = 1UL << 32;
        var shift = BitOperations.LeadingZeroCount(divisor);
        divisor <<= shift;
        var divisorHigh = divisor >> 32;
        var divisorLow = divisor & uint.MaxValue;
        var top = shift == 0 ? hi : (hi << shift) | (lo >> (64 - shift));
        var rest = lo << shift;
        var restHigh = rest >> 32;
        var restLow = rest & uint.MaxValue;

        var quotientHigh = top / divisorHigh;
        var estimate = top - (quotientHigh * divisorHigh);
        while (quotientHigh >= digit || quotientHigh * divisorLow > (digit * estimate) + restHigh)
        {
            quotientHigh--;
            estimate += divisorHigh;
            if (estimate >= digit)
            {
                break;
            }
        }

        // Wraps modulo 2^64 on the way; the true value is below the divisor, so the result is exact.
        var middle = (top * digit) + restHigh - (quotientHigh * divisor);
        var quotientLow = middle / divisorHigh;
        estimate = middle - (quotientLow * divisorHigh);
        while (quotientLow >= digit || quotientLow * divisorLow > (digit * estimate) + restLow)
        {
            quotientLow--;
            estimate += divisorHigh;
            if (estimate >= digit)
            {
                break;
            }
        }

        remainder = ((middle * digit) + restLow - (quotientLow * divisor)) >> shift;
        return (quotientHigh * digit) + quotientLow;
    }

    /// <summary>Algorithm D for a two-word divisor and a one-word quotient: the estimate from the top words is at most 2 too large once the divisor's top bit is set.</summary>
    private static ulong DivRemNormalizing(ulong n2, ulong n1, ulong n0, ulong divisorHi, ulong divisorLo, out ulong remainderHi, out ulong remainderLo)
    {
        var shift = BitOperations.LeadingZeroCount(divisorHi);
        var d1 = ShiftLeft(divisorHi, divisorLo, shift);
        var d0 = divisorLo << shift;
        var u2 = ShiftLeft(n2, n1, shift);
        var u1 = ShiftLeft(n1, n0, shift);
        var u0 = n0 << shift;

        // u2:u1 < d1:d0, so u2 <= d1; when equal the estimate is capped at the largest word.
        var quotient = u2 < d1 ? DivRem(u2, u1, d1, out _) : ulong.MaxValue;
        var carry = Math.BigMul(quotient, d0, out var p0);
        var p2 = Math.BigMul(quotient, d1, out var p1);
        p1 += carry;
        if (p1 < carry)
        {
            p2++;
        }

        while (p2 > u2 || (p2 == u2 && (p1 > u1 || (p1 == u1 && p0 > u0))))
        {
            quotient--;
            var borrow = p0 < d0 ? 1UL : 0UL;
            p0 -= d0;
            var next = p1 - d1 - borrow;
            p2 -= p1 < d1 || (p1 == d1 && borrow == 1) ? 1UL : 0UL;
            p1 = next;
        }

        // The remainder u − p is below the shifted divisor: two words, shifted back.
        var r0 = u0 - p0;
        var r1 = u1 - p1 - (u0 < p0 ? 1UL : 0UL);
        remainderLo = shift == 0 ? r0 : (r0 >> shift) | (r1 << (64 - shift));
        remainderHi = r1 >> shift;
        return quotient;
    }

    private static ulong ShiftLeft(ulong hi, ulong lo, int shift) => shift == 0 ? hi : (hi << shift) | (lo >> (64 - shift));
}
