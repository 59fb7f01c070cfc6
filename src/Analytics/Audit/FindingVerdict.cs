namespace Analytics.Audit;

/// <summary>What a check concluded about the figures it compared.</summary>
public enum FindingVerdict
{
    /// <summary>The figures agree within the rounding of the published figures (or a selection stays within its total).</summary>
    Consistent = 0,

    /// <summary>The figures differ by more than rounding explains.</summary>
    Inconsistent = 1,

    /// <summary>The check could not be made; <see cref="AuditFinding.Obstacle"/> says why.</summary>
    NotCheckable = 2,
}
