using Analytics.Cli;

namespace Analytics.Tests.Cli;

/// <summary>Runs the command line in-process and captures its output and exit code.</summary>
internal static class CliRunner
{
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var o = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var e = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}
