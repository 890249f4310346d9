using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Funnel;

internal sealed class CandidateProgressConfiguration : IEntityTypeConfiguration<CandidateProgress>
{
    public void Configure(EntityTypeBuilder<CandidateProgress> p)
    {
        p.ToTable("CandidateProgress");
        p.HasKey(x => x.CandidateId);
        p.HasOne<Candidates.Candidate>().WithOne().HasForeignKey<CandidateProgress>(x => x.CandidateId);
        // Two changes to one candidate at once: the second finds the count moved and is refused.
        p.Property(x => x.EventCount).IsConcurrencyToken();
        p.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        p.Property(x => x.Site).HasMaxLength(200);
        p.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        p.Property(x => x.CurrentStage).HasConversion<string>().HasMaxLength(40);
        p.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        p.Property(x => x.StageDays).HasMaxLength(100);

        // A campaign's or an assessment day's candidates: few, found directly; a day's funnel
        // (the summary's, issue 14) is read from its index alone.
        p.HasIndex(x => new { x.CampaignId, x.Channel, x.AppliedUtc });
        p.HasIndex(x => new { x.AssessmentDay, x.ReachedStages, x.SkippedStages, x.CurrentStage, x.Outcome })
            .HasDatabaseName("IX_CandidateProgress_DayPositions");
        // A site's candidates may be a large share of everyone: these two indexes hold everything
        // its funnel and time in stage read, in the order they are grouped by.
        p.HasIndex(x => new { x.Site, x.ReachedStages, x.SkippedStages, x.CurrentStage, x.Outcome, x.Role, x.Channel, x.AppliedUtc, x.AssessmentDay })
            .HasDatabaseName("IX_CandidateProgress_SitePositions");
        p.HasIndex(x => new { x.Site, x.StageDays, x.Role, x.Channel, x.AppliedUtc, x.AssessmentDay })
            .HasDatabaseName("IX_CandidateProgress_SiteDays");
    }
}
