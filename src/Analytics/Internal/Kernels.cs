using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Analytics.Internal;

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
    /// The four panel operations fused into one pass over a row: month on month, year on year, cumulative sum and
    /// cumulative growth. Same rules as the separate kernels; written with unchecked references because it is the hot
    /// loop of every panel (the lengths are checked once, on entry).
    /// </summary>
    internal static void All(
        ReadOnlySpan<double> x,
        int firstMonth,
        Span<double> mom,
        Span<byte> momR,
        Span<double> yoy,
        Span<byte> yoyR,
        Span<double> cum,
        Span<byte> cumR,
        Span<double> ytd,
        Span<byte> ytdR)
    {
        var n = x.Length;
        if (mom.Length < n || momR.Length < n || yoy.Length < n || yoyR.Length < n || cum.Length < n || cumR.Length < n || ytd.Length < n || ytdR.Length < n)
        {
            throw new ArgumentException("Every output needs one cell per month of the row.", nameof(mom));
        }

        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var ms = ref MemoryMarshal.GetReference(mom);
        ref var mr = ref MemoryMarshal.GetReference(momR);
        ref var ys = ref MemoryMarshal.GetReference(yoy);
        ref var yr = ref MemoryMarshal.GetReference(yoyR);
        ref var cs = ref MemoryMarshal.GetReference(cum);
        ref var cr = ref MemoryMarshal.GetReference(cumR);
        ref var ts = ref MemoryMarshal.GetReference(ytd);
        ref var tr = ref MemoryMarshal.GetReference(ytdR);
        var m = firstMonth - 1;
        var acc = 0.0;
        var broken = m != 0;
        for (var t = 0; t < n; t++)
        {
            var v = Unsafe.Add(ref xs, t);
            Fast(v, t >= 1 ? Unsafe.Add(ref xs, t - 1) : double.NaN, out Unsafe.Add(ref ms, t), out Unsafe.Add(ref mr, t));
            Fast(v, t >= 12 ? Unsafe.Add(ref xs, t - 12) : double.NaN, out Unsafe.Add(ref ys, t), out Unsafe.Add(ref yr, t));
            if (m == 0)
            {
                acc = 0.0;
                broken = false;
            }

            broken |= double.IsNaN(v);
            if (broken)
            {
                Unsafe.Add(ref cs, t) = double.NaN;
                Unsafe.Add(ref cr, t) = (byte)MissingReason.IncompleteCumulation;
                Unsafe.Add(ref ts, t) = double.NaN;
                Unsafe.Add(ref tr, t) = (byte)MissingReason.IncompleteCumulation;
            }
            else
            {
                acc += v;
                Unsafe.Add(ref cs, t) = acc;
                Unsafe.Add(ref cr, t) = 0;
                Fast(acc, t >= 12 ? Unsafe.Add(ref cs, t - 12) : double.NaN, out Unsafe.Add(ref ts, t), out Unsafe.Add(ref tr, t));
            }

            if (++m == 12)
            {
                m = 0;
            }
        }
    }

    // The common case (a positive base and a value) first, the reasons only when needed.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Fast(double current, double @base, out double value, out byte reason)
    {
        if (@base > 0 && !double.IsNaN(current))
        {
            value = ((current / @base) - 1.0) * 100.0;
            reason = 0;
        }
        else
        {
            Rate(current, @base, out value, out reason);
        }
    }
}
