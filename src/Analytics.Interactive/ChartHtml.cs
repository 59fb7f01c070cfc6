using System.Diagnostics;
using Plotly.NET;

namespace Analytics.Interactive;

/// <summary>
/// Charts as self-contained HTML (plotly.js embedded, never loaded from a CDN, so that they render offline and in
/// CI) and as PNG through a headless Chromium, when one is installed (Debian: <c>apt-get install chromium</c>).
/// </summary>
public static class ChartHtml
{
    private static readonly Lazy<string> PlotlyJs = new(() =>
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream("Plotly.NET.plotly-2.28.0.min.js")
            ?? throw new InvalidOperationException("plotly.js is not embedded in this Plotly.NET build; charts cannot be drawn offline.");
        using var reader = new StreamReader(stream);

        // plotly.js's only network default is the folder it fetches map outlines from (topojsonURL, used by geo maps
        // alone). None of these charts is a map; pointing it at a relative folder keeps the page free of any CDN.
        return reader.ReadToEnd().Replace("dflt:\"https://cdn.plot.ly/\"", "dflt:\"topojson/\"", StringComparison.Ordinal);
    });

    /// <summary>
    /// The chart as an HTML fragment that carries plotly.js itself (the copy Plotly.NET embeds), so that it draws in
    /// VS Code, Jupyter or a saved page with no network. plotly.js is run with no module loader in sight, so that it
    /// defines <c>window.Plotly</c> even where require.js is present (classic Jupyter).
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The HTML.</returns>
    public static string Render(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var none = DisplayOptions.setPlotlyReference(PlotlyJSReference.NoReference).Invoke(new DisplayOptions());
        var fragment = GenericChart.toChartHTML(GenericChart.setDisplayOptions(none, chart));
        return "<script type=\"text/javascript\">if (typeof window.Plotly === 'undefined') { (function(define, module, exports) {\n"
               + PlotlyJs.Value + "\n}).call(window); }</script>\n" + fragment;
    }

    /// <summary>Writes the chart as a complete, self-contained HTML page.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="path">The .html file.</param>
    public static void SaveHtml(GenericChart chart, string path)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, GenericChart.toEmbeddedHTML(Offline(chart)));
    }

    /// <summary>
    /// Renders the chart to a PNG file with a headless Chromium (no download: the browser must be installed). The
    /// page is the self-contained HTML, so no network is needed.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <param name="path">The .png file.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <exception cref="InvalidOperationException">No Chromium is installed, or it failed; the message says how to fix it.</exception>
    public static void SavePng(GenericChart chart, string path, int width = 900, int height = 520)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(path);
        var browser = FindBrowser() ?? throw new InvalidOperationException("no headless browser was found to draw the PNG (looked for chromium, chromium-browser, google-chrome on PATH). Install one (Debian: apt-get install chromium), or save the chart as HTML with ChartHtml.SaveHtml.");
        var html = Path.Combine(Path.GetTempPath(), $"analytics-chart-{Guid.NewGuid():N}.html");
        var size = new Layout();
        size.SetProperty("width", width);
        size.SetProperty("height", height);
        SaveHtml(GenericChart.addLayout(size, chart), html);
        var full = Path.GetFullPath(path);
        try
        {
            var psi = new ProcessStartInfo(browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run", "--hide-scrollbars", $"--window-size={width + 20},{height + 20}",
                         "--virtual-time-budget=8000", $"--screenshot={full}", new Uri(html).AbsoluteUri,
                     })
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi) ?? throw new InvalidOperationException($"{browser} could not be started.");
            var stderr = p.StandardError.ReadToEndAsync();
            _ = p.StandardOutput.ReadToEndAsync();
            if (!p.WaitForExit(120_000))
            {
                p.Kill(true);
                throw new InvalidOperationException($"{browser} took more than two minutes to draw the chart.");
            }

            if (!File.Exists(full) || new FileInfo(full).Length == 0)
            {
                throw new InvalidOperationException($"{browser} did not write {path} (exit code {p.ExitCode}): {stderr.Result.Trim()}");
            }
        }
        finally
        {
            File.Delete(html);
        }
    }

    private static GenericChart Offline(GenericChart chart)
    {
        var full = DisplayOptions.setPlotlyReference(PlotlyJSReference.Full).Invoke(new DisplayOptions());
        return GenericChart.setDisplayOptions(full, chart);
    }

    private static string? FindBrowser()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
