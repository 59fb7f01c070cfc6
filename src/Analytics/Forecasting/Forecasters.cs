namespace Analytics.Forecasting;

/// <summary>The forecasting methods by the names the command line uses.</summary>
public static class Forecasters
{
    /// <summary>Gets the names: auto (the ensemble), ensemble, ets, arima, theta, snaive, naive2. Any of them followed by
    /// <c>+tet</c> (e.g. <c>ensemble+tet</c>) accounts for the moving date of Tết (<see cref="TetAdjusted"/>).</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "ensemble", "ets", "arima", "theta", "snaive", "naive2"];

    /// <summary>Returns the method of a name.</summary>
    /// <param name="name">The name, ignoring case.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentException">The name is not a method; the message lists the names.</exception>
    public static IForecaster ByName(string name)
    {
        var n = (name ?? string.Empty).Trim().ToLowerInvariant();
        return n.EndsWith("+tet", StringComparison.Ordinal) ? new TetAdjusted(Plain(n[..^4])) : Plain(n);
    }

    private static IForecaster Plain(string name) => name switch
    {
        "auto" or "ensemble" => new Ensemble(),
        "ets" => new Ets(),
        "arima" => new Arima(),
        "theta" => new Theta(),
        "snaive" => new SeasonalNaive(),
        "naive2" => new Naive2(),
        _ => throw new ArgumentException($"'{name}' is not a forecasting method; use one of {string.Join(", ", Names)}.", nameof(name)),
    };
}
