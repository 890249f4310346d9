using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Equality;

internal sealed class EqualityMonitoringConfiguration : IEntityTypeConfiguration<EqualityMonitoring>
{
    public void Configure(EntityTypeBuilder<EqualityMonitoring> e)
    {
        e.ToTable("EqualityMonitoring");
        e.HasKey(x => x.CandidateId);
        e.HasOne(x => x.Candidate).WithOne().HasForeignKey<EqualityMonitoring>(x => x.CandidateId);
        e.Property(x => x.Sex).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.AgeBand).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Ethnicity).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Disability).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Religion).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.SexualOrientation).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Site).HasMaxLength(200);
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.CurrentStage).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => new { x.CampaignId, x.Channel, x.AppliedUtc });
        e.HasIndex(x => x.AssessmentDay);
        e.HasIndex(x => new
        {
            x.Site, x.Sex, x.AgeBand, x.Ethnicity, x.Disability, x.Religion, x.SexualOrientation, x.ReachedStages, x.CurrentStage, x.Outcome,
            x.Role, x.Channel, x.AppliedUtc, x.AssessmentDay,
        }).HasDatabaseName("IX_EqualityMonitoring_Site");
    }
}
