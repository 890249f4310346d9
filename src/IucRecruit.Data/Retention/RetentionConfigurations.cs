using IucRecruit.Data.Assessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Retention;

internal sealed class EmploymentConfiguration : IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<Employment> e)
    {
        e.HasKey(x => x.CandidateId);
        e.HasOne(x => x.Candidate).WithOne().HasForeignKey<Employment>(x => x.CandidateId);
        e.Property(x => x.ContractType).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.EsrLeavingReason).HasConversion<string>().HasMaxLength(60);
        e.Property(x => x.LeavingReason).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.LeavingNotes).HasMaxLength(2000);
    }
}

internal sealed class MockCallScoreOfRecordConfiguration : IEntityTypeConfiguration<MockCallScoreOfRecord>
{
    public void Configure(EntityTypeBuilder<MockCallScoreOfRecord> s)
    {
        s.ToTable("MockCallScoresOfRecord");
        s.HasKey(x => new { x.CandidateId, x.CriterionId });
        s.HasOne(x => x.Candidate).WithMany().HasForeignKey(x => x.CandidateId);
        s.Property(x => x.CriterionId).HasMaxLength(40);
    }
}

internal sealed class StarterScoreConfiguration : IEntityTypeConfiguration<StarterScore>
{
    public void Configure(EntityTypeBuilder<StarterScore> s)
    {
        s.HasKey(x => new { x.CandidateId, x.CriterionId });
        s.HasOne<Candidates.Candidate>().WithMany().HasForeignKey(x => x.CandidateId);
        s.Property(x => x.CriterionId).HasMaxLength(40);
        s.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        s.Property(x => x.Site).HasMaxLength(200);
        s.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        // In the order predictive validity groups by, with every filter column: one pass, no table.
        s.HasIndex(x => new { x.CriterionId, x.Score, x.MaximumScore, x.DaysInPost, x.StartedUtc, x.Role, x.Site, x.Channel, x.AppliedUtc, x.AssessmentDay, x.CampaignId })
            .HasDatabaseName("IX_StarterScores_Covering");
        s.HasIndex(x => x.CampaignId);
    }
}

internal sealed class StarterConfiguration : IEntityTypeConfiguration<Starter>
{
    public void Configure(EntityTypeBuilder<Starter> s)
    {
        s.HasKey(x => x.CandidateId);
        s.HasOne<Candidates.Candidate>().WithOne().HasForeignKey<Starter>(x => x.CandidateId);
        s.Property(x => x.EsrLeavingReason).HasConversion<string>().HasMaxLength(60);
        s.Property(x => x.LeavingReason).HasConversion<string>().HasMaxLength(40);
        s.Property(x => x.ContractType).HasConversion<string>().HasMaxLength(20);
        s.Property(x => x.ScoreBand).HasConversion<string>().HasMaxLength(20);
        s.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        s.Property(x => x.Site).HasMaxLength(200);
        s.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        // Everything retention and leavers read, in the order they group by, with the filters that
        // are not selective alone (a campaign or an assessment day has its own index).
        s.HasIndex(x => new
        {
            x.StartedUtc, x.DaysInPost, x.StartMonth, x.LeftMonth, x.EsrLeavingReason, x.LeavingReason, x.Channel, x.ContractType, x.ScoreBand,
            x.Role, x.Site, x.AppliedUtc,
        }).HasDatabaseName("IX_Starters_Covering");
        // A campaign's or an assessment day's starters, with what the summary's retention by score
        // band reads (issue 14), so that it needs no starter's row.
        s.HasIndex(x => new { x.CampaignId, x.DaysInPost, x.StartedUtc, x.ScoreBand }).HasDatabaseName("IX_Starters_CampaignRetention");
        s.HasIndex(x => new { x.AssessmentDay, x.DaysInPost, x.StartedUtc, x.ScoreBand }).HasDatabaseName("IX_Starters_DayRetention");
    }
}
