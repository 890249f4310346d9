using System.Globalization;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Retention;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Import;

/// <summary>
/// Brings starters and leavers up to date from a workforce system's export, CSV or .xlsx, in our
/// column names or the Electronic Staff Record's (columns in docs/imports.md): pre-employment
/// checks, start and contract, induction, NHS Pathways exam, sign-off, leaving and why.
/// Each row names a person by email address, matched to the one candidate with that address who
/// has accepted an offer. Dates already recorded must agree; anything new is checked by the same
/// rules as a change made on screen. All or nothing, and importing the same file twice changes nothing.
/// </summary>
public sealed class WorkforceImport(RecruitmentDbContext db, TimeProvider clock)
{
    public static readonly ImportColumns Columns = new(
        ["email"],
        [
            "employee_number", "checks_completed_on", "start_date", "contract_type", "induction_completed_on", "pathways_exam_passed_on",
            "pathways_exam_score", "signed_off_on", "leaving_date", "leaving_reason", "exit_interview_reason", "leaving_notes",
        ],
        new Dictionary<string, string>
        {
            // The Electronic Staff Record's headings. The employee number is read and not kept: people
            // are matched by email address, and the product needs no second identifier (docs/decisions/0046).
            ["work_email"] = "email",
            ["work_email_address"] = "email",
            ["email_address"] = "email",
            ["assignment_start_date"] = "start_date",
            ["termination_date"] = "leaving_date",
            ["reason_for_leaving"] = "leaving_reason",
        });

    /// <summary>The workforce record's column for each of <see cref="FunnelStages.EmploymentMilestones"/>.</summary>
    private static readonly (string Column, FunnelStage Stage)[] Milestones =
        FunnelStages.EmploymentMilestones.Select(stage => (stage switch
        {
            FunnelStage.InductionCompleted => "induction_completed_on",
            FunnelStage.PathwaysExamPassed => "pathways_exam_passed_on",
            FunnelStage.SignedOff => "signed_off_on",
            _ => throw new InvalidOperationException($"The workforce record has no column for {stage}."),
        }, stage)).ToArray();

    public async Task<ImportResult> RunAsync(ImportFile file, Guid? actorUserId, CancellationToken cancellationToken = default)
    {
        var table = await ImportTable.ReadAsync(file, Columns, cancellationToken);
        var errors = table.Errors.ToList();
        var values = new ImportValues(errors);
        var rows = table.Rows.Select(row => (Row: row, Email: values.Email(row, "email"))).ToList();
        var matches = await MatchAsync(rows.Where(r => r.Email is not null).Select(r => r.Email!).Distinct().ToList(), cancellationToken);
        var snapshots = (await CandidateSnapshot.LoadAsync(db, matches.Values.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToList(), cancellationToken))
            .ToDictionary(s => s.CandidateId);
        var recorded = await RecordedDatesAsync(snapshots.Keys, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var reason = $"Imported from {file.Name}";
        var firstSeen = new Dictionary<string, long>(StringComparer.Ordinal);
        var updates = new List<CandidateUpdate>();
        var employment = new List<Employment>();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var (row, email) in rows)
        {
            if (email is null) continue;
            if (!firstSeen.TryAdd(email, row.Line))
            {
                errors.Add(new ImportError(row.Line, "email", email, $"an address not already used in this file (it is on row {firstSeen[email]})"));
                continue;
            }
            if (matches[email].Problem is { } problem)
            {
                errors.Add(new ImportError(row.Line, "email", email, problem));
                CheckValues(row, values);
                continue;
            }
            var snapshot = snapshots[matches[email].Id!.Value];
            var change = new RowChange(row, snapshot, values, errors, recorded, actorUserId, now, reason);
            change.Apply();
            if (change.Events.Count > 0) added++;
            else if (change.EmploymentChanged) updated++;
            else unchanged++;
            if (change.Events.Count == 0 && !change.EmploymentChanged) continue;
            updates.Add(new CandidateUpdate(snapshot, change.Events, change.Journey, change.Employment, snapshot.Scores));
            if (change.EmploymentChanged) employment.Add(change.Employment!);
        }

        var result = new ImportResult(table.Rows.Count, added, updated, unchanged, errors, table.IgnoredColumns);
        if (!result.Succeeded || updates.Count == 0) return result;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var writer = new TableWriter<Employment>(db);
        await writer.DeleteWhereAsync(nameof(Employment.CandidateId), employment.Select(e => (object)e.CandidateId).ToList(), cancellationToken);
        await writer.InsertAsync(employment, cancellationToken);
        await new FunnelWriter(db).WriteAsync(updates, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Reads every value of a row that matches nobody, so that its other mistakes are reported too.</summary>
    private static void CheckValues(CsvRow row, ImportValues values)
    {
        values.Choice<ContractType>(row, "contract_type", c => c.DisplayName());
        LeavingReasonCells.Read(row, values);
        values.Number(row, "pathways_exam_score", 0, 100);
        values.Text(row, "leaving_notes", 2000);
        foreach (var column in Milestones.Select(m => m.Column).Append("checks_completed_on").Append("start_date").Append("leaving_date"))
            values.Date(row, column);
    }

    /// <summary>One row applied to one candidate: the log entries it adds and the employment record after it.</summary>
    private sealed class RowChange(CsvRow row, CandidateSnapshot snapshot, ImportValues values, List<ImportError> errors,
        IReadOnlyDictionary<(Guid, FunnelStage), DateOnly> recorded, Guid? actorUserId, DateTime now, string reason)
    {
        private readonly JourneyBuilder journey = new(snapshot.CandidateId, snapshot.Journey, snapshot.Context(now), actorUserId);

        public Employment? Employment { get; private set; } = snapshot.Employment;
        public bool EmploymentChanged { get; private set; }
        public IReadOnlyList<StageEvent> Events => journey.Events;
        public JourneyState Journey => journey.Journey;

        public void Apply()
        {
            if (values.Date(row, "checks_completed_on") is { } checks) ChecksCompleted(checks);
            var contract = values.Choice<ContractType>(row, "contract_type", c => c.DisplayName());
            if (values.Date(row, "start_date") is { } start) Start(start, contract);
            else if (contract is { } type) ChangeEmployment("contract_type", type.DisplayName(), e => e.ContractType = type);
            foreach (var (column, stage) in Milestones)
            {
                if (values.Date(row, column) is { } date) Reach(stage, column, date);
            }
            if (values.Number(row, "pathways_exam_score", 0, 100) is { } score)
                ChangeEmployment("pathways_exam_score", Text(score), e => e.PathwaysExamScore = score);
            Leave();
        }

        private void Start(DateOnly date, ContractType? contract)
        {
            if (Journey.Reached.Contains(FunnelStage.Started))
            {
                Reach(FunnelStage.Started, "start_date", date);
                if (contract is { } type) ChangeEmployment("contract_type", type.DisplayName(), e => e.ContractType = type);
                return;
            }
            if (contract is null)
            {
                errors.Add(new ImportError(row.Line, "contract_type", "", "the contract type of the start: one of " +
                    string.Join(", ", Enum.GetValues<ContractType>().Select(c => c.DisplayName()))));
                return;
            }
            Employment = new Employment { CandidateId = snapshot.CandidateId, ContractType = contract.Value, UpdatedUtc = now };
            EmploymentChanged = true;
            journey.Context = journey.Context with { ContractTypeRecorded = true };
            Reach(FunnelStage.Started, "start_date", date);
        }

        /// <summary>
        /// Pre-employment checks cleared on the date, which a start after an accepted offer needs
        /// when the campaign records checks. The stage is entered on that date unless the candidate
        /// is already at or past it; a manager may have entered it when the checks began, so the
        /// completion may be later than the stage's date but never earlier (docs/decisions/0046).
        /// </summary>
        private void ChecksCompleted(DateOnly date)
        {
            const FunnelStage checks = FunnelStage.PreEmploymentChecks;
            if (!snapshot.CampaignStages.Contains(checks)) return; // the campaign does not record checks
            if (Journey.CurrentStage >= checks)
            {
                if (recorded.TryGetValue((snapshot.CandidateId, checks), out var since) && date < since)
                    errors.Add(new ImportError(row.Line, "checks_completed_on", Text(date),
                        $"a date on or after {Text(since)}, when the candidate was recorded at {checks.DisplayName()}"));
                return;
            }
            if (journey.TryApply(StageTransition.Enter(checks, $"Checks completed on {Text(date)}; {reason}", EmploymentRecords.Utc(date))) is { } refusal)
                errors.Add(new ImportError(row.Line, "checks_completed_on", Text(date), refusal));
        }

        private void Leave()
        {
            var date = values.Date(row, "leaving_date");
            var (esr, why) = LeavingReasonCells.Read(row, values);
            var notes = values.Text(row, "leaving_notes", 2000);
            var dateGiven = row["leaving_date"] is not null;
            var reasonGiven = row["leaving_reason"] is not null || row["exit_interview_reason"] is not null;
            if (!dateGiven && !reasonGiven) return;
            if (!dateGiven || !reasonGiven)
            {
                errors.Add(!dateGiven
                    ? new ImportError(row.Line, "leaving_date", "", "the leaving date, given with a leaving reason")
                    : new ImportError(row.Line, "leaving_reason", "", "the reason for leaving, given with a leaving date"));
                return;
            }
            if (date is null || (esr is null && why is null)) return; // a value that did not read, already reported
            if (Journey.Outcome == FunnelOutcome.Left)
            {
                var left = DateOnly.FromDateTime(Journey.LeftUtc!.Value);
                if (left != date) errors.Add(new ImportError(row.Line, "leaving_date", Text(date.Value), $"the leaving date already recorded, {Text(left)}"));
            }
            else
            {
                var given = string.Join("; ", new[] { esr?.Wording(), why?.DisplayName() }.OfType<string>());
                var logReason = notes is null ? given : $"{given}: {notes}";
                if (journey.TryApply(StageTransition.End(FunnelOutcome.Left, logReason, EmploymentRecords.Utc(date.Value))) is { } refusal)
                {
                    errors.Add(new ImportError(row.Line, "leaving_date", Text(date.Value), refusal));
                    return;
                }
            }
            // A later file corrects what it gives and keeps the rest: an ESR file has no exit interview.
            ChangeEmployment("leaving_reason", row["leaving_reason"] ?? row["exit_interview_reason"]!, e =>
                (e.EsrLeavingReason, e.LeavingReason, e.LeavingNotes) = (esr ?? e.EsrLeavingReason, why ?? e.LeavingReason, notes ?? e.LeavingNotes));
        }

        /// <summary>Records the stage on the date, or checks the date already recorded for it.</summary>
        private void Reach(FunnelStage stage, string column, DateOnly date)
        {
            if (Journey.Reached.Contains(stage))
            {
                if (recorded.TryGetValue((snapshot.CandidateId, stage), out var already) && already != date)
                    errors.Add(new ImportError(row.Line, column, Text(date), $"the date already recorded for {stage.DisplayName()}, {Text(already)}"));
                return;
            }
            if (journey.TryApply(StageTransition.Enter(stage, reason, EmploymentRecords.Utc(date))) is { } refusal)
                errors.Add(new ImportError(row.Line, column, Text(date), refusal));
        }

        /// <summary>Changes the employment record of someone who started; a change that changes
        /// nothing is no change.</summary>
        private void ChangeEmployment(string column, string value, Action<Employment> change)
        {
            if (Employment is null)
            {
                errors.Add(new ImportError(row.Line, column, value, "a start on record first (start_date with contract_type)"));
                return;
            }
            var after = Employment.With(change);
            if (after.SameAs(Employment)) return;
            after.UpdatedUtc = now;
            Employment = after;
            EmploymentChanged = true;
        }

        private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

        private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private sealed record Match(Guid? Id, string? Problem);

    /// <summary>For each address, the one candidate with it who has accepted an offer, or why there is not one.</summary>
    private async Task<Dictionary<string, Match>> MatchAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        var offerAccepted = 1 << (int)FunnelStage.OfferAccepted;
        var found = await db.Candidates.AsNoTracking().Where(c => emails.Contains(c.Email))
            .Join(db.CandidateProgress, c => c.Id, p => p.CandidateId, (c, p) => new { c.Id, c.Email, Campaign = c.Campaign!.Name, p.ReachedStages })
            .ToListAsync(cancellationToken);
        var accepted = found.Where(f => (f.ReachedStages & offerAccepted) != 0).ToLookup(f => f.Email);
        return emails.ToDictionary(email => email, email => accepted[email].ToList() switch
        {
            [var one] => new Match(one.Id, null),
            [] => new Match(null, "the address of a candidate who has accepted an offer (no candidate with this address has)"),
            var many => new Match(null,
                $"the address of one candidate who has accepted an offer ({many.Count} have: {string.Join(", ", many.Select(m => m.Campaign))})"),
        }, StringComparer.Ordinal);
    }

    /// <summary>The dates on which each candidate reached the employment stages.</summary>
    private async Task<Dictionary<(Guid, FunnelStage), DateOnly>> RecordedDatesAsync(IReadOnlyCollection<Guid> candidateIds, CancellationToken cancellationToken)
    {
        var stages = FunnelStages.Employment;
        var events = await db.StageEvents.AsNoTracking()
            .Where(e => candidateIds.Contains(e.CandidateId) && e.Kind == JourneyEventKind.Entered && stages.Contains(e.Stage))
            .Select(e => new { e.CandidateId, e.Stage, e.OccurredUtc })
            .ToListAsync(cancellationToken);
        return events.ToDictionary(e => (e.CandidateId, e.Stage), e => DateOnly.FromDateTime(e.OccurredUtc));
    }
}
