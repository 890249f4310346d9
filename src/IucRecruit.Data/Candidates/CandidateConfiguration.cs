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
        candidate.Property(c => c.Channel).HasConversion<string>().HasMaxLength(40);
        candidate.Ignore(c => c.FullName);
        candidate.HasOne(c => c.Campaign).WithMany().HasForeignKey(c => c.CampaignId);
        candidate.HasIndex(c => c.Email);
    }
}
