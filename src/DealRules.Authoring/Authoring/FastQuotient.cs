namespace DealRules.Authoring;

/// <summary>
/// <see cref="ExactMath.ScaledBy"/> in 64-bit words, for operands whose product fits 128 bits (amounts,
/// percentages and ratios of real documents do): the same answer as the <see cref="System.Numerics.BigInteger"/>
/// reference, bit for bit (value and scale), without its allocations and without <see cref="UInt128"/>,
/// so that ReadyToRun precompiles it. The exact quotient is x = p / b / 10^s (p the product of the
/// mantissas, b the divisor's, s the scales' balance); its mantissa at scale k is floor(x·10^k). The
/// integer part of p / b comes first, then the finest scale that fits 96 bits is found by taking
/// digits of the fraction many at a time, as many as surely fit: a handful of word divisions where
/// growing the mantissa one digit at a time took up to 28 divisions of 128 bits.
/// </summary>
internal static class FastQuotient
{
    private const int FinestScale = 28;
    private const int MostDigitsInAWord = 19;

    // A decimal's mantissa is below 2^96: as two words, its high word is at most 32 bits.
    private const uint LargestHi = uint.MaxValue;

    private static readonly ulong[] Pow10 = PowersOfTen();

    /// <summary>The reference's answer for value × multiplier ÷ divisor, or false when the operands do not fit (or the divisor is 0): the caller then asks the reference.</summary>
    public static bool TryScaledBy(decimal value, decimal multiplier, decimal divisor, out decimal quotient)
    {
        quotient = 0m;
        var (aHi, aLo, aScale, aNegative) = Parts(value);
        var (mHi, mLo, mScale, mNegative) = Parts(multiplier);
        var (bHi, bLo, bScale, bNegative) = Parts(divisor);
        if ((bHi | bLo) == 0 || !TryProduct(aHi, aLo, mHi, mLo, out var pHi, out var pLo))
        {
            return false;
        }

        var best = (pHi | pLo) == 0 ? 0m : Magnitude(pHi, pLo, bHi, bLo, aScale + mScale - bScale);
        quotient = aNegative ^ mNegative ^ bNegative ? -best : best;
        return true;
    }

    /// <summary>The greatest of the reference's candidates for p / b / 10^s, p not 0.</summary>
    private static decimal Magnitude(ulong pHi, ulong pLo, ulong bHi, ulong bLo, int s)
    {
        // q = floor(p / b), r = p mod b: the mantissa at scale s, and what is left for finer scales.
        var (qHi, qLo) = (pHi, pLo);
        WideDivision.DivRem(ref qHi, ref qLo, bHi, bLo, out var rHi, out var rLo);

        int finest;
        if (qHi > LargestHi)
        {
            // Not even scale s fits: drop the fewest digits i with floor(q / 10^i) < 2^96, that is floor(q / 2^96) < 10^i (at most 10, as q < 2^128).
            var above = qHi >> 32;
            var dropped = 1;
            while (above >= Pow10[dropped])
            {
                dropped++;
            }

            finest = Math.Min(FinestScale, s - dropped);
            if (finest < 0)
            {
                return decimal.MaxValue;
            }

            DivideByPowerOfTen(ref qHi, ref qLo, s - finest);
        }
        else if (s > FinestScale)
        {
            finest = FinestScale;
            DivideByPowerOfTen(ref qHi, ref qLo, s - FinestScale);
        }
        else
        {
            var digits = AppendDigits(ref qHi, ref qLo, rHi, rLo, bHi, bLo, FinestScale - s);
            finest = s + digits;
            if (finest < 0)
            {
                return decimal.MaxValue;
            }
        }

        // As the reference: a finer scale's largest mantissa can come closer than the finest fitting scale's own (near the top of its range only); ties keep the earlier.
        var best = 0m;
        if (finest < FinestScale)
        {
            best = Math.Max(best, new decimal(-1, -1, -1, isNegative: false, (byte)(finest + 1)));
        }

        return Math.Max(best, new decimal((int)(uint)qLo, (int)(uint)(qLo >> 32), (int)(uint)qHi, isNegative: false, (byte)finest));
    }

    /// <summary>
    /// Appends to q (below 2^96) the digits of r / b one chunk at a time, while q stays below 2^96 and
    /// at most <paramref name="most"/> digits: returns how many were appended.
    /// </summary>
    private static int AppendDigits(ref ulong qHi, ref ulong qLo, ulong rHi, ulong rLo, ulong bHi, ulong bLo, int most)
    {
        var appended = 0;
        while (appended < most)
        {
            // (q + 1)·10^c <= 2^96 for c digits of bit headroom × log10(2) (1233/4096 is just below it): those surely fit.
            var headroom = 96 - BitLength(qHi, qLo);
            var count = Math.Min(Math.Min((headroom * 1233) >> 12, MostDigitsInAWord), most - appended);
            var mustCheck = count == 0;
            if (mustCheck)
            {
                count = 1;
            }

            var power = Pow10[count];
            var (nextHi, nextLo) = (qHi, qLo);
            WideDivision.TryMultiply(ref nextHi, ref nextLo, power);
            ulong nextRHi = 0, nextRLo = 0;
            if ((rHi | rLo) != 0)
            {
                // Once the division is exact every further digit is 0: no division needed to know it.
                WideDivision.Multiply(rHi, rLo, power, out var n2, out var n1, out var n0);
                var digits = WideDivision.DivRem(n2, n1, n0, bHi, bLo, out nextRHi, out nextRLo);
                nextLo += digits;
                if (nextLo < digits)
                {
                    nextHi++;
                }
            }

            if (mustCheck && nextHi > LargestHi)
            {
                break;
            }

            (qHi, qLo, rHi, rLo) = (nextHi, nextLo, nextRHi, nextRLo);
            appended += count;
        }

        return appended;
    }

    /// <summary>floor(q / 10^count) for count up to 38, in steps whose power fits a word (floor of floor is floor of the whole).</summary>
    private static void DivideByPowerOfTen(ref ulong hi, ref ulong lo, int count)
    {
        while (count > 0)
        {
            var step = Math.Min(count, MostDigitsInAWord);
            WideDivision.DivRem(ref hi, ref lo, 0, Pow10[step], out _, out _);
            count -= step;
        }
    }

    /// <summary>a × m in 128 bits, or false when it does not fit (each mantissa is up to 96 bits: a high part of 32 and a low of 64).</summary>
    private static bool TryProduct(ulong aHi, ulong aLo, ulong mHi, ulong mLo, out ulong hi, out ulong lo)
    {
        lo = 0;
        hi = 0;
        if (aHi != 0 && mHi != 0)
        {
            return false;
        }

        // One high part is 0: a × m = (high part × the other's low) × 2^64 + low × low.
        var (wide, wideLo, other) = aHi != 0 ? (aHi, aLo, mLo) : (mHi, mLo, aLo);
        hi = Math.BigMul(wideLo, other, out lo);
        var cross = Math.BigMul(wide, other, out var crossLo);
        hi += crossLo;
        return cross == 0 && hi >= crossLo;
    }

    private static int BitLength(ulong hi, ulong lo) => hi != 0 ? 128 - System.Numerics.BitOperations.LeadingZeroCount(hi) : 64 - System.Numerics.BitOperations.LeadingZeroCount(lo);

    private static (ulong Hi, ulong Lo, int Scale, bool Negative) Parts(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return ((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0], (bits[3] >> 16) & 0xff, bits[3] < 0);
    }

    private static ulong[] PowersOfTen()
    {
        var powers = new ulong[MostDigitsInAWord + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
