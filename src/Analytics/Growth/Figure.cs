using System.Globalization;

namespace Analytics.Growth;

/// <summary>
/// A derived number (a growth rate, a share, a cumulative value) with where it comes from and, when it could not be
/// formed, why. A missing figure's <see cref="Value"/> is NaN and its <see cref="Reason"/> is never
/// <see cref="MissingReason.None"/>.
/// </summary>
/// <param name="Value">The number, or NaN when missing.</param>
/// <param name="Origin">Computed, stated by the source, or missing.</param>
/// <param name="Reason">Why the figure is missing, or <see cref="MissingReason.None"/>.</param>
public readonly record struct Figure(double Value, FigureOrigin Origin, MissingReason Reason)
{
    /// <summary>Gets a value indicating whether the figure is missing.</summary>
    public bool IsMissing => Origin == FigureOrigin.Missing;

    /// <summary>Creates a computed figure.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The figure.</returns>
    public static Figure Computed(double value) => new(value, FigureOrigin.Computed, MissingReason.None);

    /// <summary>Creates a figure stated by a source.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The figure.</returns>
    public static Figure Stated(double value) => new(value, FigureOrigin.Stated, MissingReason.None);

    /// <summary>Creates a missing figure.</summary>
    /// <param name="reason">Why it is missing; must not be <see cref="MissingReason.None"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="MissingReason.None"/>.</exception>
    public static Figure Missing(MissingReason reason)
        => reason == MissingReason.None
            ? throw new ArgumentOutOfRangeException(nameof(reason), reason, "A missing figure needs a reason other than None.")
            : new Figure(double.NaN, FigureOrigin.Missing, reason);

    /// <summary>Returns the value in invariant form with its origin, or "missing (reason)".</summary>
    /// <returns>The figure in words.</returns>
    public override string ToString() => IsMissing
        ? $"missing ({Reason})"
        : string.Create(CultureInfo.InvariantCulture, $"{Value:R} ({Origin})");
}
