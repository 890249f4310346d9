using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Web.Features.Scenarios;

/// <summary>
/// The outcome, where a call accepts a list of answers, is chosen, not typed: from the outcomes the
/// library's calls (mock and practice) lead to, this one's among them. Offering only this call's
/// accepted wordings would give the answer away; a list of real dispositions asks the candidate to
/// decide, as the job does. Other fields are typed.
/// </summary>
public static class OutcomeChoices
{
    public static IReadOnlyList<string> For(CallRecordField field, ScenarioLibrary library) =>
        field.Id != Core.Assessment.Scoring.AccuracyEvidence.DispositionField || field.Expected.Rule != MatchRule.OneOf
            ? []
            : library.Scenarios.Cast<ICallRecordAnswers>().Concat(library.PracticeCalls)
                .SelectMany(s => s.CallRecord).Where(f => f.Id == Core.Assessment.Scoring.AccuracyEvidence.DispositionField).Select(f => f.Expected.Value)
                .Append(field.Expected.Value).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
}
