using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Privacy;

internal sealed class AccessAuditEntryConfiguration : IEntityTypeConfiguration<AccessAuditEntry>
{
    public void Configure(EntityTypeBuilder<AccessAuditEntry> entry)
    {
        // No foreign keys: an entry must outlive the recording, the call or the account it names.
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(40);
        entry.HasIndex(e => e.AtUtc);
        entry.HasIndex(e => new { e.CandidateId, e.AtUtc });
        entry.HasIndex(e => new { e.UserId, e.AtUtc });
        entry.Property(e => e.Detail).HasMaxLength(500);
        entry.Property(e => e.Hash).HasMaxLength(64);
        entry.HasIndex(e => e.Sequence);
        entry.HasIndex(e => new { e.StaffUserId, e.AtUtc });
    }
}

internal sealed class DeletionRecordConfiguration : IEntityTypeConfiguration<DeletionRecord>
{
    public void Configure(EntityTypeBuilder<DeletionRecord> record)
    {
        record.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        record.Property(r => r.UserName).HasMaxLength(256);
        record.Property(r => r.Reason).HasMaxLength(500);
        record.HasIndex(r => r.AtUtc);
    }
}
