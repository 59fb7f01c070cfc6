namespace Analytics.Series;

/// <summary>A monthly series with its identifier (<c>EXPORT</c>, <c>RETAIL/Dịch vụ khác</c>, <c>N1402</c>).</summary>
/// <param name="Id">The identifier.</param>
/// <param name="Series">The values by month.</param>
public sealed record NamedSeries(string Id, MonthlySeries Series);
