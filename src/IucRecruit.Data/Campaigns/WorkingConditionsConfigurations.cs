using IucRecruit.Data.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Campaigns;

internal sealed class WorkingConditionsVersionConfiguration : IEntityTypeConfiguration<WorkingConditionsVersion>
{
    public void Configure(EntityTypeBuilder<WorkingConditionsVersion> v)
    {
        v.HasKey(x => new { x.CampaignId, x.Version });
        v.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId);
    }
}

internal sealed class ConditionsAcknowledgementConfiguration : IEntityTypeConfiguration<ConditionsAcknowledgement>
{
    public void Configure(EntityTypeBuilder<ConditionsAcknowledgement> a)
    {
        a.HasOne<Candidate>().WithMany().HasForeignKey(x => x.CandidateId);
        a.HasOne<WorkingConditionsVersion>().WithMany().HasForeignKey(x => new { x.CampaignId, x.Version })
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_ConditionsAcknowledgements_ConditionsVersion");
        a.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
    }
}
