using IucRecruit.Core.Messages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Messages;

/// <summary>Each kind's current wording: the manager's, or the product's own.</summary>
public sealed class MessageWordings(RecruitmentDbContext db, TimeProvider clock)
{
    public async Task<MessageWording> CurrentAsync(MessageKind kind, CancellationToken cancellationToken)
    {
        var saved = await db.MessageWordings.AsNoTracking().SingleOrDefaultAsync(w => w.Kind == kind, cancellationToken);
        return saved is null ? MessageTemplates.Default(kind) : new MessageWording(saved.Subject, saved.Body);
    }

    /// <summary>Saves a manager's wording, or returns why not (an unknown placeholder, named).</summary>
    public async Task<string?> SaveAsync(MessageKind kind, MessageWording wording, Guid? by, CancellationToken cancellationToken)
    {
        if (!MessageTemplates.IsEditable(kind)) return "This message's wording cannot be changed here.";
        if (MessageTemplates.Refusal(kind, wording) is { } refusal) return refusal;
        var saved = await db.MessageWordings.SingleOrDefaultAsync(w => w.Kind == kind, cancellationToken);
        if (saved is null) db.MessageWordings.Add(saved = new MessageWordingRecord { Kind = kind, Subject = "", Body = "" });
        saved.Subject = MessageTemplates.IsText(kind) ? "" : wording.Subject.Trim();
        saved.Body = wording.Body.Trim();
        saved.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        saved.UpdatedByUserId = by;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Back to the product's own wording.</summary>
    public Task ResetAsync(MessageKind kind, CancellationToken cancellationToken) =>
        db.MessageWordings.Where(w => w.Kind == kind).ExecuteDeleteAsync(cancellationToken);
}
