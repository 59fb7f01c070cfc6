namespace Analytics.Growth;

/// <summary>Where a figure comes from; a stated figure keeps saying so all the way to the sentence.</summary>
public enum FigureOrigin : byte
{
    /// <summary>The figure could not be formed; see its <see cref="MissingReason"/>.</summary>
    Missing = 0,

    /// <summary>Computed by the library from values.</summary>
    Computed = 1,

    /// <summary>Stated by the source (the official figure), not recomputed.</summary>
    Stated = 2,
}
