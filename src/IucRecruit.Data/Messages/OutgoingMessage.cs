namespace IucRecruit.Data.Messages;

/// <summary>An outbox message with its wording filled in, ready for a provider. A text message
/// (<paramref name="IsText"/>) goes to a mobile number and has no subject.</summary>
public sealed record OutgoingMessage(Guid Id, string To, string ToName, string Subject, string Body, IReadOnlyList<MessageAttachment> Attachments,
    bool IsText = false);

public sealed record MessageAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>Sends one message; throws when it could not (the outbox tries again later).</summary>
public interface IMessageSender
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>There is nothing left worth sending (the call a reminder is about has taken place):
/// the message is given up at once rather than tried again.</summary>
public sealed class UnsendableMessageException(string reason) : Exception(reason);
