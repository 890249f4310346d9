using Microsoft.Extensions.Options;
using Notify.Client;

namespace IucRecruit.Data.Messages;

/// <summary>
/// Sends email through GOV.UK Notify (docs/decisions/0063): every message through one generic
/// template whose subject and body are the personalisation fields <c>subject</c> and <c>body</c>,
/// so the wording stays the product's (and the managers'), not copied into Notify. Notify's
/// reference is the outbox row's id, so a message sent twice is recognisably one message.
/// Notify sends no attachments: a booking's calendar invitation goes only by SMTP.
/// </summary>
public sealed class GovukNotifyMessageSender(IOptions<MessagesOptions> options) : IMessageSender
{
    private readonly Lazy<NotificationClient> client = new(() =>
        new NotificationClient(options.Value.GovukNotify.BaseUrl, options.Value.GovukNotify.ApiKey));

    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        client.Value.SendEmailAsync(message.To, options.Value.GovukNotify.EmailTemplateId,
            new Dictionary<string, dynamic> { ["subject"] = message.Subject, ["body"] = message.Body },
            clientReference: message.Id.ToString("N"));
}
