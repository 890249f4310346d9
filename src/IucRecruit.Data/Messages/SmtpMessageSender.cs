using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IucRecruit.Data.Messages;

/// <summary>Sends email through an SMTP server with MailKit: plain text, attachments as files.</summary>
public sealed class SmtpMessageSender(IOptions<MessagesOptions> options) : IMessageSender
{
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        // Texts are written only when the provider is GOV.UK Notify; one left from before a change
        // of provider is given up, not tried for a day (docs/decisions/0072).
        if (message.IsText) throw new UnsendableMessageException("Text messages are sent only through GOV.UK Notify.");
        var settings = options.Value;
        var mime = new MimeMessage
        {
            // The outbox row's id: a message sent twice (a node died mid-send) is recognisably one message.
            MessageId = $"{message.Id:N}@iucrecruit",
            Subject = message.Subject,
        };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        var body = new BodyBuilder { TextBody = message.Body };
        foreach (var attachment in message.Attachments)
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        mime.Body = body.ToMessageBody();

        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, settings.Smtp.Security, cancellationToken);
        if (settings.Smtp.UserName.Length > 0)
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password, cancellationToken);
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
