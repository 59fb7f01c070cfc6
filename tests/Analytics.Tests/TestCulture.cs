using System.Globalization;
using System.Runtime.CompilerServices;

namespace Analytics.Tests;

/// <summary>
/// Runs the whole suite under the culture named by <c>ANALYTICS_TEST_CULTURE</c> (e.g. <c>vi-VN</c>, or
/// <c>invariant</c>): the current and default thread cultures are set before any test runs, so that a number formatted
/// or parsed without an explicit culture anywhere in the library shows up as a failing test. Unset, the machine's
/// culture is kept.
/// </summary>
internal static class TestCulture
{
    /// <summary>The environment variable that names the culture.</summary>
    internal const string Variable = "ANALYTICS_TEST_CULTURE";

#pragma warning disable CA2255 // A module initializer is what sets the culture before xunit starts any test thread.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        var name = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var culture = name.Trim().Equals("invariant", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.InvariantCulture
            : CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
