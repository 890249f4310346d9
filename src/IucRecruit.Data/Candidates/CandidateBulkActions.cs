using IucRecruit.Core.Funnel;
using IucRecruit.Core.Invitations;
using IucRecruit.Core.Messages;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Messages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Candidates;

/// <summary>What a bulk action did to one candidate: done, or why not (in words a manager can act on).</summary>
/// <param name="InvitationToken">For a new invitation, the link's token.</param>
public sealed record BulkOutcome(CandidateLine Candidate, bool Done, string Message, string? InvitationToken = null, DateTime? ExpiresUtc = null);

/// <summary>
/// The candidates page's bulk actions, candidate by candidate, each in its own transaction, with a
/// line per candidate (docs/decisions/0061). Not all or nothing: each candidate is judged by the
/// stage rules on their own log, so one refusal (someone moved that candidate a moment ago) must not
/// undo the other candidates' valid changes; the report names each refused candidate and why, and
/// repeating the action is safe (those already moved are refused as already there). An action that
/// does not apply to a candidate where they are (<see cref="CandidateActions"/>) is refused for that
/// candidate before anything is written.
/// </summary>
public sealed class CandidateBulkActions(RecruitmentDbContext db, StageLog stageLog, CandidateInvitationService invitations, Outbox outbox)
{
    /// <summary>Moves each candidate to <paramref name="stage"/>: the campaign's stages in between are
    /// recorded as skipped with the reason, and the stage rules refuse what they always refuse (a
    /// mandatory stage skipped, a stage the campaign has not, a stage already passed).</summary>
    public Task<IReadOnlyList<BulkOutcome>> MoveAsync(IReadOnlyList<CandidateLine> candidates, FunnelStage stage, string reason, Guid? actorUserId,
        CancellationToken cancellationToken) =>
        EachAsync(candidates, BulkAction.Move, async (c, snapshot) =>
        {
            var skipping = c.Stage is { } current && current < stage ? snapshot.CampaignStages.Union(FunnelStages.Mandatory).Between(current, stage).ToList() : [];
            var result = await RecordAsync(snapshot, StageTransition.Enter(stage, reason, skipping: skipping), actorUserId, cancellationToken);
            return result.Succeeded ? new BulkOutcome(c, true, $"Moved to {stage.DisplayName()}.") : new BulkOutcome(c, false, result.Refusal!);
        }, cancellationToken);

    public Task<IReadOnlyList<BulkOutcome>> RejectAsync(IReadOnlyList<CandidateLine> candidates, string reason, Guid? actorUserId,
        CancellationToken cancellationToken) =>
        EachAsync(candidates, BulkAction.Reject, async (c, snapshot) =>
        {
            var result = await RecordAsync(snapshot, StageTransition.End(FunnelOutcome.Rejected, reason), actorUserId, cancellationToken);
            return result.Succeeded ? new BulkOutcome(c, true, "Rejected.") : new BulkOutcome(c, false, result.Refusal!);
        }, cancellationToken);

    /// <summary>A new single-use invitation link for each candidate, valid for the default lifetime,
    /// and the message that sends it to them, written to the outbox with it.</summary>
    public Task<IReadOnlyList<BulkOutcome>> InviteAsync(IReadOnlyList<CandidateLine> candidates, Guid? actorUserId, CancellationToken cancellationToken) =>
        EachAsync(candidates, BulkAction.Invite, async (c, _) =>
        {
            var issued = await invitations.IssueAsync(c.Id, InvitationRules.DefaultLifetime, actorUserId, MessageKind.CandidateInvitation, cancellationToken);
            return new BulkOutcome(c, true, $"Invitation link made and sent to {c.Email}.", issued.Token, issued.Invitation.ExpiresUtc);
        }, cancellationToken);

    /// <summary>A manager's message to each candidate, with their own name and campaign filled in,
    /// written to the outbox (docs/decisions/0062). The wording is checked by the caller
    /// (<see cref="MessageTemplates.Refusal"/>).</summary>
    public Task<IReadOnlyList<BulkOutcome>> MessageAsync(IReadOnlyList<CandidateLine> candidates, MessageWording message, Guid? actorUserId,
        CancellationToken cancellationToken) =>
        EachAsync(candidates, BulkAction.Message, async (c, _) =>
        {
            var candidate = await db.Candidates.SingleAsync(x => x.Id == c.Id, cancellationToken);
            var values = Outbox.CandidateValues(candidate, c.CampaignName);
            outbox.ToCandidate(MessageKind.ManagerMessage, candidate, c.CampaignName, actorUserId, new Dictionary<string, string>
            {
                ["subject"] = Placeholders.Fill(message.Subject, values),
                ["body"] = Placeholders.Fill(message.Body, values),
            });
            await db.SaveChangesAsync(cancellationToken);
            return new BulkOutcome(c, true, $"Message to {c.Email} in the outbox.");
        }, cancellationToken);

    private async Task<IReadOnlyList<BulkOutcome>> EachAsync(IReadOnlyList<CandidateLine> candidates, BulkAction action,
        Func<CandidateLine, CandidateSnapshot, Task<BulkOutcome>> apply, CancellationToken cancellationToken)
    {
        var outcomes = new List<BulkOutcome>(candidates.Count);
        foreach (var candidate in candidates)
        {
            // Read afresh: the list the manager saw may be out of date.
            var snapshot = await CandidateSnapshot.LoadAsync(db, candidate.Id, cancellationToken);
            var refusal = snapshot is null ? "There is no such candidate."
                : await db.Candidates.IsErasedAsync(candidate.Id, cancellationToken) ? Candidate.ErasedRefusal
                : CandidateActions.Refusal(action, snapshot.Journey.CurrentStage, snapshot.Journey.Outcome);
            if (refusal is not null)
            {
                outcomes.Add(new BulkOutcome(candidate, false, refusal));
                continue;
            }
            outcomes.Add(await apply(candidate, snapshot!));
        }
        return outcomes;
    }

    /// <summary>One candidate's change in a transaction of its own (the log entries and derived rows
    /// together). An invitation is one row and needs none; and signing its link may create the first
    /// Data Protection key through another connection, which SQLite would keep waiting on this one.</summary>
    private async Task<StageChangeResult> RecordAsync(CandidateSnapshot snapshot, StageTransition transition, Guid? actorUserId, CancellationToken cancellationToken)
    {
        await using var transaction = await FunnelTransaction.BeginAsync(db, cancellationToken);
        var result = await stageLog.RecordAsync(snapshot, transition, actorUserId, cancellationToken);
        if (result.Succeeded) await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
