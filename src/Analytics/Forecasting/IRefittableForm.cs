namespace Analytics.Forecasting;

/// <summary>
/// A fitted model whose form (the ETS components, the ARIMA orders) can be fitted again to other data without the
/// search that chose it: the ensemble's validation fits use it, at the cost of one fit instead of a search.
/// </summary>
internal interface IRefittableForm
{
    /// <summary>Returns a method that fits this model's form, and only it.</summary>
    /// <returns>The method.</returns>
    IForecaster SameForm();
}
