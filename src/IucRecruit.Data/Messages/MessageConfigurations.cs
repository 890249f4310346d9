using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Messages;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        message.Property(m => m.Recipient).HasMaxLength(320);
        message.Property(m => m.RecipientName).HasMaxLength(400);
        message.Property(m => m.Values).HasJsonConversion();
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.HasOne(m => m.Candidate).WithMany().HasForeignKey(m => m.CandidateId).OnDelete(DeleteBehavior.Cascade);
        // The worker's question: what is unsent and due.
        message.HasIndex(m => new { m.SentUtc, m.NextAttemptUtc });
    }
}

internal sealed class MessageWordingConfiguration : IEntityTypeConfiguration<MessageWordingRecord>
{
    public void Configure(EntityTypeBuilder<MessageWordingRecord> wording)
    {
        wording.HasKey(w => w.Kind);
        wording.Property(w => w.Kind).HasConversion<string>().HasMaxLength(40);
        wording.Property(w => w.Subject).HasMaxLength(200);
        wording.Property(w => w.Body).HasMaxLength(5000);
    }
}
