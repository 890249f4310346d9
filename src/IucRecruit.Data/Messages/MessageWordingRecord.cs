using IucRecruit.Core.Messages;

namespace IucRecruit.Data.Messages;

/// <summary>A manager's wording for one kind of message; a kind with no row uses
/// <see cref="MessageTemplates.Default"/>.</summary>
public sealed class MessageWordingRecord
{
    public MessageKind Kind { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public Guid? UpdatedByUserId { get; set; }
}
