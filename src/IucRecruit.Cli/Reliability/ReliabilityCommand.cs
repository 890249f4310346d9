using System.CommandLine;
using IucRecruit.Data.Import;
using System.Globalization;
using IucRecruit.Core.Assessment.Reliability;

namespace IucRecruit.Cli.Reliability;

/// <summary>
/// <c>iucrecruit reliability --input ratings.csv</c>: every agreement statistic, per criterion, for
/// auditors (docs/reliability.md explains each). Exit codes: 0 done, 1 bad input (nothing is
/// computed), 2 wrong usage. Needs no database.
/// </summary>
internal static class ReliabilityCommand
{
    private const string UsageLine =
        "Usage: iucrecruit reliability --input ratings.csv [--format text|csv] [--scale 1,2,3,4,5] [--reference RATER]";

    /// <summary>How many bad rows are listed before the rest are only counted.</summary>
    private const int ProblemsShown = 100;

    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        // Values are read as text and checked here rather than by the parser, so that every usage
        // mistake gets exit code 2 and a message that says what to write instead.
        var file = new Option<string?>("--input") { Description = "The CSV file: columns item,rater,score and optionally criterion. - reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string?>("--format") { Description = "text (default): a report for people; csv: one row per statistic.", Arity = ArgumentArity.ZeroOrOne };
        var scale = new Option<string?>("--scale") { Description = "The rubric's scale points, e.g. 1,2,3,4,5: kappa's categories; a score off the scale is an error.", Arity = ArgumentArity.ZeroOrOne };
        var reference = new Option<string?>("--reference") { Description = "A rater whose scores are the expert reference: leniency is measured against them, and they are left out of the agreement statistics.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("reliability",
            "Inter-rater reliability of assessors' scores: ICC, Krippendorff's alpha, Cohen's kappa and each rater's leniency, per criterion, with 95% confidence intervals.")
        {
            file, format, scale, reference,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file);
            var formatName = (parsed.GetValue(format) ?? "text").Trim().ToLowerInvariant();
            var scaleIsValid = TryParseScale(parsed.GetValue(scale), out var scalePoints);
            var mistake = parsed.UnmatchedTokens.Count > 0 ? $"unexpected {string.Join(" ", parsed.UnmatchedTokens)}"
                : string.IsNullOrWhiteSpace(path) ? "--input is required"
                : formatName is not ("text" or "csv") ? $"--format must be text or csv, not {formatName}"
                : !scaleIsValid ? $"--scale must be two or more numbers separated by commas, e.g. 1,2,3,4,5, not {parsed.GetValue(scale)}"
                : null;
            if (mistake is not null)
            {
                await error.WriteLineAsync($"{mistake}.{Environment.NewLine}{UsageLine}");
                return 2;
            }

            string text;
            try
            {
                if (path == "-") text = await input.ReadToEndAsync(cancellationToken);
                else
                {
                    // Strictly UTF-8, as the imports read: a Windows-1252 export is refused with the
                    // line of its first bad byte, never read with replacement characters.
                    await using var stream = File.OpenRead(path!);
                    var (read, refusal) = await ImportFileText.ReadAsync(stream, cancellationToken);
                    if (refusal is not null)
                    {
                        await error.WriteLineAsync($"{path}: line {refusal.Row}: {refusal.Value}; expected {refusal.Expected}. Nothing was computed.");
                        return 1;
                    }
                    text = read!;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"Cannot read {path}: {exception.Message}");
                return 1;
            }

            var (criteria, problems) = RatingsCsv.Read(text, scalePoints);
            if (problems.Count > 0)
            {
                await error.WriteLineAsync($"{path}: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}; nothing was computed.");
                foreach (var problem in problems.Take(ProblemsShown)) await error.WriteLineAsync($"  {problem}");
                if (problems.Count > ProblemsShown) await error.WriteLineAsync($"  … and {problems.Count - ProblemsShown} more.");
                return 1;
            }

            var referenceRater = parsed.GetValue(reference)?.Trim();
            if (!string.IsNullOrEmpty(referenceRater) && !criteria.Any(c => c.Ratings.Any(r => r.Rater == referenceRater)))
            {
                await error.WriteLineAsync($"{path}: no rater named {referenceRater}, so there is no reference; nothing was computed.");
                return 1;
            }

            var reports = criteria.Select(c => Analyse(c, scalePoints, referenceRater)).ToList();
            if (formatName == "csv") await ReliabilityCsvReport.WriteAsync(output, reports);
            else await ReliabilityTextReport.WriteAsync(output, reports);
            return 0;
        });
        return command;
    }

    /// <summary>The statistics of one criterion; with a reference rater, their scores become the
    /// reference and the remaining raters are the ones whose agreement is measured.</summary>
    private static ReliabilityReport Analyse(CriterionRatings criterion, IReadOnlyList<double>? scale, string? referenceRater)
    {
        if (string.IsNullOrEmpty(referenceRater))
            return ReliabilityReport.Analyse(RatingTable.From(criterion.Ratings), new ReliabilityOptions { Scale = scale }, criterion.Criterion);
        var reference = criterion.Ratings
            .Where(r => r.Rater == referenceRater && r.Score is not null)
            .ToDictionary(r => r.Item, r => r.Score!.Value, StringComparer.Ordinal);
        var table = RatingTable.From(criterion.Ratings.Where(r => r.Rater != referenceRater));
        return ReliabilityReport.Analyse(table, new ReliabilityOptions { Scale = scale, Reference = reference }, criterion.Criterion);
    }

    /// <summary>False when a scale was given but is not a list of at least two numbers.</summary>
    private static bool TryParseScale(string? text, out IReadOnlyList<double>? points)
    {
        points = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parsed = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var point) || !double.IsFinite(point))
                return false;
            parsed.Add(point);
        }
        points = parsed;
        return parsed.Distinct().Count() >= 2;
    }
}
