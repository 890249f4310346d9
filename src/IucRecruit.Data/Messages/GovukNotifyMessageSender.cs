using Microsoft.Extensions.Options;
using Notify.Client;

namespace IucRecruit.Data.Messages;

/// <summary>
/// Sends email and text messages through GOV.UK Notify (docs/decisions/0063, 0072): every email
/// through one generic template whose subject and body are the personalisation fields
/// <c>subject</c> and <c>body</c>, every text through one whose message is <c>((body))</c>,
/// so the wording stays the product's (and the managers'), not copied into Notify. Notify's
/// reference is the outbox row's id, so a message sent twice is recognisably one message.
/// Notify sends no attachments: a booking's calendar invitation goes only by SMTP.
/// </summary>
public sealed class GovukNotifyMessageSender(IOptions<MessagesOptions> options) : IMessageSender
{
    private readonly Lazy<NotificationClient> client = new(() =>
        new NotificationClient(options.Value.GovukNotify.BaseUrl, options.Value.GovukNotify.ApiKey));

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.GovukNotify;
        var reference = message.Id.ToString("N");
        if (message.IsText)
            await client.Value.SendSmsAsync(message.To, settings.SmsTemplateId, new Dictionary<string, dynamic> { ["body"] = message.Body },
                clientReference: reference);
        else
            await client.Value.SendEmailAsync(message.To, settings.EmailTemplateId,
                new Dictionary<string, dynamic> { ["subject"] = message.Subject, ["body"] = message.Body }, clientReference: reference);
    }
}
