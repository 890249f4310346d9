using IucRecruit.Core.Privacy;
using IucRecruit.Data.Messages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>The messages written to the candidate: waiting to be sent, or sent.</summary>
public sealed class MessageData(RecruitmentDbContext db) : ICandidateData
{
    public string Title => "Messages: invitations, booking confirmations and reminders sent or waiting";

    public IReadOnlyList<Type> Tables => [typeof(OutboxMessage)];

    public string WhenErased => "Deleted, sent or not: they hold the email address and name, and nothing is sent to an erased candidate.";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.CandidateId == candidateId).OrderBy(m => m.CreatedUtc)
            .ToListAsync(cancellationToken);
        await archive.AddJsonAsync("messages.json", "The messages we wrote to you: what kind, to which address, the details they " +
            "carried, when they were written and sent (links are not kept).",
            messages.Select(m => new { m.Kind, m.Recipient, m.Values, m.CreatedUtc, m.SentUtc, m.AbandonedUtc }), cancellationToken);
    }

    public async Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken)
    {
        if (!categories.HasFlag(PersonalDataCategory.Identity)) return;
        work.Changed("Messages deleted", await db.OutboxMessages
            .Where(m => m.CandidateId != null && candidateIds.Contains(m.CandidateId.Value))
            .ExecuteDeleteAsync(cancellationToken));
    }
}
