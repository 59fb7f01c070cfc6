using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Analytics.Growth;

/// <summary>
/// The loops behind every growth operation, on contiguous spans. A series is a run of consecutive calendar months,
/// so a lag of 12 positions is the same month of last year: alignment by period is built into the layout.
/// </summary>
internal static class Kernels
{
    /// <summary>Growth in percent against the value <paramref name="lag"/> months earlier.</summary>
    internal static void Growth(ReadOnlySpan<double> x, int lag, Span<double> value, Span<byte> reason)
    {
        for (var t = 0; t < x.Length; t++)
        {
            var b = t >= lag ? x[t - lag] : double.NaN;
            Rate(x[t], b, out value[t], out reason[t]);
        }
    }

    /// <summary>One growth rate with its reason; used by every kernel so that the rules live in one place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Rate(double current, double @base, out double value, out byte reason)
    {
        if (double.IsNaN(current))
        {
            value = double.NaN;
            reason = (byte)MissingReason.NoData;
        }
        else if (!(@base > 0))
        {
            value = double.NaN;
            reason = (byte)(double.IsNaN(@base) ? MissingReason.BaseMissing : @base == 0 ? MissingReason.ZeroBase : MissingReason.NegativeBase);
        }
        else
        {
            value = ((current / @base) - 1.0) * 100.0;
            reason = 0;
        }
    }

    /// <summary>
    /// Sum from January to each month. <paramref name="firstMonth"/> is the calendar month (1–12) of position 0.
    /// A missing month makes every later month of that year missing; a series that starts after January cannot
    /// form its first year's cumulative values.
    /// </summary>
    internal static void CumulativeSum(ReadOnlySpan<double> x, int firstMonth, Span<double> value, Span<byte> reason)
    {
        var m = firstMonth - 1;
        var acc = 0.0;
        var broken = m != 0;
        for (var t = 0; t < x.Length; t++)
        {
            if (m == 0)
            {
                acc = 0.0;
                broken = false;
            }

            var v = x[t];
            if (double.IsNaN(v))
            {
                broken = true;
            }

            if (broken)
            {
                value[t] = double.NaN;
                reason[t] = (byte)MissingReason.IncompleteCumulation;
            }
            else
            {
                acc += v;
                value[t] = acc;
                reason[t] = 0;
            }

            if (++m == 12)
            {
                m = 0;
            }
        }
    }

    /// <summary>
    /// Cumulative growth: the sum from January to each month over the same months of last year (ratio of sums),
    /// given the cumulative sums and their reasons.
    /// </summary>
    internal static void CumulativeGrowth(ReadOnlySpan<double> cum, ReadOnlySpan<byte> cumReason, Span<double> value, Span<byte> reason)
    {
        for (var t = 0; t < cum.Length; t++)
        {
            if (double.IsNaN(cum[t]))
            {
                value[t] = double.NaN;
                reason[t] = cumReason[t];
                continue;
            }

            var b = t >= 12 ? cum[t - 12] : double.NaN;
            Rate(cum[t], b, out value[t], out reason[t]);
        }
    }

    /// <summary>
    /// A missing figure as a NaN that carries its reason in its payload, so that a panel needs no second array of
    /// reasons: the value array alone says "missing, because …" (any NaN is still NaN to every reader).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Missing(MissingReason reason) => BitConverter.Int64BitsToDouble(BoxTag | (byte)reason);

    /// <summary>The reason a value is missing: the payload of a boxed NaN, <see cref="MissingReason.NoData"/> for another NaN, none for a number.</summary>
    internal static MissingReason ReasonOf(double v)
    {
        if (!double.IsNaN(v))
        {
            return MissingReason.None;
        }

        var bits = BitConverter.DoubleToInt64Bits(v);
        return (bits & ~0xFFL) == BoxTag ? (MissingReason)(bits & 0xFF) : MissingReason.NoData;
    }

    private const long BoxTag = 0x7FF8_0000_0A11_0000L;

    /// <summary>Month on month, year on year and cumulative growth of month <paramref name="t"/> (≥ 12), by the rules.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Rates(ref double xs, ref double cs, int t, double incomplete, out double mom, out double yoy, out double ytd)
    {
        var v = Unsafe.Add(ref xs, t);
        mom = RateBoxed(v, Unsafe.Add(ref xs, t - 1));
        yoy = RateBoxed(v, Unsafe.Add(ref xs, t - 12));
        var sum = Unsafe.Add(ref cs, t);
        ytd = double.IsNaN(sum) ? incomplete : RateBoxed(sum, Unsafe.Add(ref cs, t - 12));
    }

    /// <summary>
    /// One step of the sum from January: resets in January (<paramref name="m"/> is the calendar month − 1, advanced
    /// here), and stays broken for the rest of the year after a missing month. True when the sum is complete.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Cumulate(double v, ref int m, ref double acc, ref bool broken)
    {
        if (m == 0)
        {
            acc = 0.0;
            broken = false;
        }

        broken |= double.IsNaN(v);
        if (!broken)
        {
            acc += v;
        }

        if (++m == 12)
        {
            m = 0;
        }

        return !broken;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double RateBoxed(double current, double @base)
    {
        if (@base > 0 && !double.IsNaN(current))
        {
            return ((current / @base) - 1.0) * 100.0;
        }

        Rate(current, @base, out _, out var reason);
        return Missing((MissingReason)reason);
    }

    /// <summary>
    /// The four panel operations fused into one pass over a row, reasons boxed into the NaNs (see <see cref="Missing"/>):
    /// month on month, year on year, cumulative sum and cumulative growth, with the rules of the separate kernels;
    /// written with unchecked references because it is the hot loop of every panel (lengths are checked on entry).
    /// </summary>
    internal static void AllBoxed(ReadOnlySpan<double> x, int firstMonth, Span<double> mom, Span<double> yoy, Span<double> cum, Span<double> ytd)
    {
        var n = x.Length;
        if (mom.Length < n || yoy.Length < n || cum.Length < n || ytd.Length < n)
        {
            throw new ArgumentException("Every output needs one cell per month of the row.", nameof(mom));
        }

        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var ms = ref MemoryMarshal.GetReference(mom);
        ref var ys = ref MemoryMarshal.GetReference(yoy);
        ref var cs = ref MemoryMarshal.GetReference(cum);
        ref var ts = ref MemoryMarshal.GetReference(ytd);
        var incomplete = Missing(MissingReason.IncompleteCumulation);
        var m = firstMonth - 1;
        var acc = 0.0;
        var broken = m != 0;

        // The first year (no base a year earlier) apart, so that the main loop carries no position checks.
        var head = Math.Min(n, 12);
        for (var t = 0; t < head; t++)
        {
            var v = Unsafe.Add(ref xs, t);
            Unsafe.Add(ref ms, t) = RateBoxed(v, t >= 1 ? Unsafe.Add(ref xs, t - 1) : double.NaN);
            Unsafe.Add(ref ys, t) = RateBoxed(v, double.NaN);
            if (Cumulate(v, ref m, ref acc, ref broken))
            {
                Unsafe.Add(ref cs, t) = acc;
                Unsafe.Add(ref ts, t) = RateBoxed(acc, double.NaN);
            }
            else
            {
                Unsafe.Add(ref cs, t) = incomplete;
                Unsafe.Add(ref ts, t) = incomplete;
            }
        }

        // The sums from January, in order (each month needs the one before).
        for (var t = head; t < n; t++)
        {
            var v = Unsafe.Add(ref xs, t);
            Unsafe.Add(ref cs, t) = Cumulate(v, ref m, ref acc, ref broken) ? acc : incomplete;
        }

        // The three rates, four months at a time where the hardware allows; a block with any missing value, zero or
        // negative base is redone one month at a time by the rules (RateBoxed), so the results are the scalar ones.
        var k = head;
        if (Vector256.IsHardwareAccelerated)
        {
            var one = Vector256.Create(1.0);
            var hundred = Vector256.Create(100.0);
            var zero = Vector256<double>.Zero;
            for (; k + 4 <= n; k += 4)
            {
                var v = Vector256.LoadUnsafe(ref xs, (nuint)k);
                var previous = Vector256.LoadUnsafe(ref xs, (nuint)(k - 1));
                var lastYear = Vector256.LoadUnsafe(ref xs, (nuint)(k - 12));
                var sum = Vector256.LoadUnsafe(ref cs, (nuint)k);
                var sumLastYear = Vector256.LoadUnsafe(ref cs, (nuint)(k - 12));
                var ok = Vector256.Equals(v, v) & Vector256.GreaterThan(previous, zero) & Vector256.GreaterThan(lastYear, zero)
                         & Vector256.Equals(sum, sum) & Vector256.GreaterThan(sumLastYear, zero);
                if (ok.ExtractMostSignificantBits() == 0b1111)
                {
                    (((v / previous) - one) * hundred).StoreUnsafe(ref ms, (nuint)k);
                    (((v / lastYear) - one) * hundred).StoreUnsafe(ref ys, (nuint)k);
                    (((sum / sumLastYear) - one) * hundred).StoreUnsafe(ref ts, (nuint)k);
                }
                else
                {
                    for (var t = k; t < k + 4; t++)
                    {
                        Rates(ref xs, ref cs, t, incomplete, out Unsafe.Add(ref ms, t), out Unsafe.Add(ref ys, t), out Unsafe.Add(ref ts, t));
                    }
                }
            }
        }

        for (var t = k; t < n; t++)
        {
            Rates(ref xs, ref cs, t, incomplete, out Unsafe.Add(ref ms, t), out Unsafe.Add(ref ys, t), out Unsafe.Add(ref ts, t));
        }
    }
}
