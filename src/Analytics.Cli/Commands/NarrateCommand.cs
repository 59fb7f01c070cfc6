using System.CommandLine;
using Analytics.Narrative;
using Analytics.Periods;

namespace Analytics.Cli;

/// <summary><c>analytics narrate</c>: one paragraph per indicator and breakdown of the file, for a month.</summary>
internal sealed class NarrateCommand : AnalyticsCommand
{
    private readonly Option<string> input = CommonOptions.Input("The interchange file to narrate (.csv or .xlsx; see README).");
    private readonly Option<CultureChoice> culture = CommonOptions.Culture();
    private readonly Option<Io.TextEncoding> encoding = CommonOptions.Encoding();
    private readonly Option<string> output = CommonOptions.Output("the paragraphs");
    private readonly Option<string> language = CommonOptions.Language();
    private readonly Option<Period?> period = CommonOptions.ReportPeriod("--period", "The period to narrate: a month (2023-09), a quarter (2025-Q1), the first half-year (2024-H1), a year (2024) or the first months of a year (2024-01..2024-09); default: the latest month in the file.");
    private readonly Option<string> style = CommonOptions.Style();
    private readonly Option<string> plan = YearEndPlanFile.Option("A plan file (indicator,breakdown,year,target_value,target_growth_pct): adds the paragraphs on the year end and the annual plan.");

    /// <summary>Initializes a new instance of the <see cref="NarrateCommand"/> class.</summary>
    internal NarrateCommand()
        : base(
            "narrate",
            "One paragraph per indicator and breakdown of the file, for a month, a quarter, a half-year or a year.",
            "The period and the months of its year up to it, printed; a quarter or a year the file holds month by month is made from its months. "
            + "Notes on anything left out go to standard error. Exit code 2 when the file cannot be used or does not cover the period (the message lists what it covers).",
            "analytics narrate --input data/thai-binh/2023-09.csv --lang en --period 2023-09",
            "analytics narrate --input data/gso/gso_vn_monthly.csv --period 2024-09 --plan plan.csv",
            "analytics narrate --input data/gso/gso_vn_monthly.csv --style data/gso/style.json --period 2024-Q2")
    {
        Options.Add(input);
        Options.Add(culture);
        Options.Add(encoding);
        Options.Add(WarningsFile);
        Options.Add(output);
        Options.Add(language);
        Options.Add(period);
        Options.Add(style);
        Options.Add(plan);
        CommonOptions.Require(this, input, "--input data/thai-binh/2023-09.csv");
    }

    /// <inheritdoc/>
    protected override int Run(ParseResult result, TextWriter stdout, TextWriter stderr)
    {
        var file = result.GetRequiredValue(input);
        var narrativeStyle = Styles.Resolve(result.GetValue(style), result.GetRequiredValue(language), result.GetResult(language) is { Implicit: false });
        var (store, _) = InputFile.Read(file, result.GetRequiredValue(culture), result.GetValue(encoding), stderr, narrativeStyle.Language);
        var month = result.GetValue(period);
        Coverage.Check(store, month, file);
        var narration = new Narrator(narrativeStyle).Narrate(store, month);
        var plans = YearEndPlanFile.ForReport(result.GetValue(plan), store, month, result.GetRequiredValue(culture).Resolve(file), stderr);
        if (plans is { Count: > 0 } && narration.Paragraphs.Count > 0)
        {
            var planned = new PlanNarrator(narrativeStyle).Narrate(store, Period.Month(narration.Period.Year, narration.Period.LastMonth), plans);
            narration = narration with { Paragraphs = [.. narration.Paragraphs, .. planned.Paragraphs], Notes = [.. narration.Notes, .. planned.Notes] };
        }

        using (var w = InputFile.OpenOutput(result.GetValue(output), stdout))
        {
            foreach (var p in narration.Paragraphs)
            {
                w.WriteLine(p.Text);
                w.WriteLine();
            }
        }

        foreach (var note in narration.Notes)
        {
            stderr.WriteLine(note);
        }

        return narration.Paragraphs.Count == 0 ? CliApp.Unusable : CliApp.Ok;
    }
}
