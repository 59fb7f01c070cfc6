namespace Analytics.Forecasting;

/// <summary>A series cannot be forecast as asked; the message says why and what to do.</summary>
public sealed class ForecastException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ForecastException"/> class.</summary>
    public ForecastException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ForecastException"/> class.</summary>
    /// <param name="message">Why, and what to do.</param>
    public ForecastException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ForecastException"/> class.</summary>
    /// <param name="message">Why, and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public ForecastException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
