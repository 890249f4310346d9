using IucRecruit.Core.Candidates;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Candidates;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> candidate)
    {
        candidate.Property(c => c.GivenName).HasMaxLength(100);
        candidate.Property(c => c.FamilyName).HasMaxLength(100);
        candidate.Property(c => c.Email).HasMaxLength(256);
        candidate.Property(c => c.MobileNumber).HasMaxLength(UkMobileNumber.Length);
        candidate.Property(c => c.Channel).HasConversion<string>().HasMaxLength(40);
        // Columns added to an existing table need a default for the rows already there; the model
        // declares it so that the migrated schema and the model agree (docs/decisions/0003).
        candidate.Property(c => c.ExtraTimePercent).HasDefaultValue(0);
        candidate.Property(c => c.RestBreaks).HasDefaultValue(false);
        candidate.Property(c => c.TextMessagesDeclined).HasDefaultValue(false);
        candidate.Property(c => c.AdjustmentNotes).HasMaxLength(1000);
        candidate.Property(c => c.PreferredContractTypes).HasEnumListConversion().HasMaxLength(100)
            .HasDefaultValue(Array.Empty<ContractType>());
        candidate.Property(c => c.FlexibleWorkingNotes).HasMaxLength(1000);
        candidate.Ignore(c => c.FullName);
        candidate.Ignore(c => c.Erased);
        candidate.Ignore(c => c.IsErased);
        candidate.Ignore(c => c.CanBeTexted);
        candidate.HasOne(c => c.Campaign).WithMany().HasForeignKey(c => c.CampaignId);
        candidate.HasIndex(c => c.Email);
    }
}
