using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Analytics.Internal;

/// <summary>Argument checks for public entry points; each message says what was wrong and how to fix it.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"Value should be in range [{minInclusive}-{maxInclusive}]."));
        }
    }

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Checks only in debug builds: for hot inner loops.</summary>
    [Conditional("DEBUG")]
    internal static void DebugCheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
