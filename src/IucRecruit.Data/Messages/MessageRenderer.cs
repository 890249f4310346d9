using IucRecruit.Core.Calls;
using IucRecruit.Core.Messages;
using IucRecruit.Data.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Messages;

/// <summary>Fills in an outbox message when it is sent: the kind's current wording, the stored
/// values, the link made afresh from the invitation, and a booking's calendar file.</summary>
public sealed class MessageRenderer(
    RecruitmentDbContext db, MessageWordings wordings, CandidateInvitationService invitations, IOptions<MessagesOptions> options, TimeProvider clock)
{
    public async Task<OutgoingMessage> RenderAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(message.Values, StringComparer.Ordinal);
        if (message.InvitationId is { } invitationId) values["link"] = InvitationLink(invitationId);

        var attachments = new List<MessageAttachment>();
        if (message.MockCallId is { } callId)
        {
            var call = await db.MockCalls.AsNoTracking().Include(c => c.AssessmentDay)
                           .SingleOrDefaultAsync(c => c.Id == callId, cancellationToken)
                       ?? throw new UnsendableMessageException("The mock call it is about is no longer booked.");
            if (message.Kind == MessageKind.CallReminder && (call.Phase != CallPhase.Waiting || call.SlotStartUtc <= clock.GetUtcNow().UtcDateTime))
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
        return new OutgoingMessage(message.Id, message.Recipient, message.RecipientName, subject, body, attachments);
    }

    private async Task<(string, string)> FilledAsync(MessageKind kind, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var wording = await wordings.CurrentAsync(kind, cancellationToken);
        return (Placeholders.Fill(wording.Subject, values), Placeholders.Fill(wording.Body, values));
    }

    private string InvitationLink(Guid invitationId) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/invite/{invitations.TokenFor(invitationId)}";
}
