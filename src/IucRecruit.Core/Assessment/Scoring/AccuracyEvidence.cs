using System.Text.Json.Serialization;
using IucRecruit.Core.Scenarios;

namespace IucRecruit.Core.Assessment.Scoring;

public enum AccuracyCheckKind
{
    /// <summary>A field of the call record against its true value.</summary>
    Field,
    /// <summary>The outcome the candidate chose against the scenario's expected outcome.</summary>
    Disposition,
    /// <summary>Whether the call record shows a red flag escalated.</summary>
    RedFlag,
}

/// <summary>One automatic check, in words an assessor can weigh: what was typed, what was
/// expected, and why it matched or not. <see cref="Matched"/> is null when the call record cannot
/// tell (the assessor's own judgement is then all there is).</summary>
public sealed record AccuracyCheck(AccuracyCheckKind Kind, string Id, string Label, string? Typed, string Expected, bool? Matched, string Explanation);

/// <summary>The automatic accuracy evidence of one call. It is evidence beside the assessor's
/// rating, never the rating: the assessor's accuracy rating decides.</summary>
public sealed record AccuracyReport(IReadOnlyList<AccuracyCheck> Checks)
{
    [JsonIgnore]
    public IEnumerable<AccuracyCheck> Fields => Checks.Where(c => c.Kind != AccuracyCheckKind.RedFlag);

    /// <summary>Call-record fields (the outcome among them) that match their true value.</summary>
    [JsonIgnore]
    public int FieldsMatched => Fields.Count(c => c.Matched == true);

    [JsonIgnore]
    public int FieldCount => Fields.Count();
}

/// <summary>
/// Compares the candidate's call record with the scenario's (or practice call's) true values, each field with its own
/// matching rule (<see cref="Matching.ExpectedAnswer.Check"/>). The field with the id
/// <see cref="DispositionField"/> is the outcome the candidate chose: it is compared with the
/// expected outcome, and it is what shows whether each red flag was escalated, as far as a call
/// record can show it (it cannot show what was said).
/// </summary>
public static class AccuracyEvidence
{
    public const string DispositionField = "disposition";

    public static AccuracyReport Check(ICallRecordAnswers scenario, IReadOnlyDictionary<string, string> recordFields)
    {
        var checks = scenario.CallRecord.Select(field =>
        {
            var typed = recordFields.GetValueOrDefault(field.Id);
            var result = field.Expected.Check(typed);
            var kind = field.Id == DispositionField ? AccuracyCheckKind.Disposition : AccuracyCheckKind.Field;
            var expected = kind == AccuracyCheckKind.Disposition ? scenario.Outcome.Disposition : field.Expected.Value;
            return new AccuracyCheck(kind, field.Id, field.Label, typed, expected, result.Matched, result.Explanation);
        }).ToList();

        var disposition = checks.FirstOrDefault(c => c.Kind == AccuracyCheckKind.Disposition);
        checks.AddRange(scenario.RedFlags.Select(flag => new AccuracyCheck(
            AccuracyCheckKind.RedFlag, flag.Id, flag.Sign, disposition?.Typed, flag.ExpectedEscalation, disposition?.Matched,
            disposition is null
                ? "The call record has no outcome field, so only the call itself shows whether this was escalated."
                : disposition.Matched == true
                    ? $"The outcome recorded (“{disposition.Typed}”) is the escalation this red flag needs. Whether it was recognised in time, the call shows."
                    : disposition.Typed is null
                        ? "No outcome was recorded, so the call record does not show this red flag escalated."
                        : $"The outcome recorded (“{disposition.Typed}”) is not the escalation this red flag needs.")));
        return new AccuracyReport(checks);
    }
}
