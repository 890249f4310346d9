using IucRecruit.Core.Retention;

namespace IucRecruit.Data.Import;

/// <summary>
/// The reasons for leaving in a workforce file. <c>leaving_reason</c> holds ESR's "Reason for
/// Leaving" as ESR writes it, or (as files made for this product always have) one of the exit
/// interview's reasons; <c>exit_interview_reason</c> holds the exit interview's, finer reason
/// beside an ESR one (docs/imports.md).
/// </summary>
internal static class LeavingReasonCells
{
    public static (EsrLeavingReason? Esr, LeavingReason? ExitInterview) Read(CsvRow row, ImportValues values)
    {
        var exitInterview = values.Choice<LeavingReason>(row, "exit_interview_reason", r => r.DisplayName());
        if (row["leaving_reason"] is not { } text) return (null, exitInterview);
        if (EsrLeavingReasons.Parse(text) is { } esr) return (esr, exitInterview);
        if (ImportValues.Parse<LeavingReason>(text, r => r.DisplayName()) is not { } ours)
        {
            values.Problem(row, "leaving_reason", text,
                "a reason for leaving as ESR writes it (such as Voluntary Resignation - Work Life Balance; docs/imports.md lists them all) " +
                "or one of: " + string.Join(", ", Enum.GetValues<LeavingReason>().Select(r => r.DisplayName())));
            return (null, exitInterview);
        }
        if (row["exit_interview_reason"] is null) return (null, ours);
        values.Problem(row, "leaving_reason", text, "a reason for leaving as ESR writes it: exit_interview_reason gives the exit interview's reason");
        return (null, exitInterview);
    }
}
