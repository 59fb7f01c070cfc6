namespace Analytics.Interop;

/// <summary>Argument checks of the interop methods (the core library's own checks are internal to it).</summary>
internal static class Argument
{
    /// <summary>Throws an <see cref="ArgumentException"/> with the message when the condition does not hold.</summary>
    /// <param name="condition">What must hold.</param>
    /// <param name="paramName">The argument it is about.</param>
    /// <param name="message">What is wrong, for the user.</param>
    internal static void Check(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
