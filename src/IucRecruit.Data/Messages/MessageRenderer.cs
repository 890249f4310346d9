using IucRecruit.Core.Calls;
using IucRecruit.Core.Messages;
using IucRecruit.Core.Time;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Invitations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Messages;

/// <summary>Fills in an outbox message when it is sent: the kind's current wording, the stored
/// values, the link made afresh from the invitation, and a booking's calendar file.</summary>
public sealed class MessageRenderer(
    RecruitmentDbContext db, MessageWordings wordings, CandidateInvitationService invitations, UserManager<AppUser> users,
    IOptions<DataProtectionTokenProviderOptions> staffTokens, IOptions<MessagesOptions> options, TimeProvider clock)
{
    public async Task<OutgoingMessage> RenderAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var isText = MessageTemplates.IsText(message.Kind);
        if (isText) await CheckStillTextableAsync(message, cancellationToken);
        var values = new Dictionary<string, string>(message.Values, StringComparer.Ordinal);
        if (message.InvitationId is { } invitationId) values["link"] = InvitationLink(invitationId);
        if (message.Kind == MessageKind.StaffInvitation) await AddActivationLinkAsync(message, values);

        var attachments = new List<MessageAttachment>();
        if (message.MockCallId is { } callId)
        {
            var call = await db.MockCalls.AsNoTracking().Include(c => c.AssessmentDay)
                           .SingleOrDefaultAsync(c => c.Id == callId, cancellationToken)
                       ?? throw new UnsendableMessageException("The mock call it is about is no longer booked.");
            if (message.Kind is MessageKind.CallReminder or MessageKind.CallReminderText && (call.Phase != CallPhase.Waiting || call.SlotStartUtc <= clock.GetUtcNow().UtcDateTime))
                throw new UnsendableMessageException("The call has begun or taken place: no reminder is needed.");
            if (message.Kind == MessageKind.BookingConfirmation)
            {
                var earlier = await db.MockCalls.CountAsync(c => c.CandidateId == call.CandidateId && c.CreatedUtc < call.CreatedUtc, cancellationToken);
                attachments.Add(BookingCalendar.Invitation(call, earlier, values["campaign"], call.AssessmentDay!.Location, values["link"],
                    options.Value.FromName, options.Value.FromAddress, message.RecipientName, message.Recipient));
            }
        }

        // A manager's message was written, and filled in, when it was sent.
        var (subject, body) = message.Kind == MessageKind.ManagerMessage
            ? (values["subject"], values["body"])
            : await FilledAsync(message.Kind, values, cancellationToken);
        if (isText && body.Length > MessageTemplates.TextLimit)
            throw new UnsendableMessageException($"The text message is {body.Length} characters with its values filled in; GOV.UK Notify sends at most {MessageTemplates.TextLimit}.");
        return new OutgoingMessage(message.Id, message.Recipient, message.RecipientName, subject, body, attachments, isText);
    }

    /// <summary>A text goes only to the number it was written for, and only while the candidate may
    /// be texted: one who asked for no texts, or whose number was removed or changed, since the
    /// reminder was written is not texted (docs/decisions/0072).</summary>
    private async Task CheckStillTextableAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == message.CandidateId, cancellationToken);
        if (candidate is null || !candidate.CanBeTexted || candidate.MobileNumber != message.Recipient)
            throw new UnsendableMessageException("The candidate can no longer be texted at this number (it was removed or changed, or they asked for no text messages).");
    }

    private async Task<(string, string)> FilledAsync(MessageKind kind, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var wording = await wordings.CurrentAsync(kind, cancellationToken);
        return (Placeholders.Fill(wording.Subject, values), Placeholders.Fill(wording.Body, values));
    }

    /// <summary>Identity's password-reset token, made now: it lasts its lifespan from the moment it
    /// is sent, and stops working once used (the security stamp changes).</summary>
    private async Task AddActivationLinkAsync(OutboxMessage message, Dictionary<string, string> values)
    {
        var user = await users.FindByNameAsync(message.Recipient);
        if (user is null || user.CandidateId is not null) throw new UnsendableMessageException("No staff account has this address any more.");
        if (user.PasswordHash is not null) throw new UnsendableMessageException("The account has been activated already.");
        if (user.LockoutEnd is { } end && end > clock.GetUtcNow()) throw new UnsendableMessageException("The account has been deactivated.");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        values["link"] = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/account/activate?user={user.Id}&token={Uri.EscapeDataString(token)}";
        values["expires"] = UkTime.DateAndClockWithZone(clock.GetUtcNow().UtcDateTime + staffTokens.Value.TokenLifespan);
    }

    private string InvitationLink(Guid invitationId) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/invite/{invitations.TokenFor(invitationId)}";
}
