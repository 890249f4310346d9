using IucRecruit.Data.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Practice;

internal sealed class PracticeAttemptConfiguration : IEntityTypeConfiguration<PracticeAttempt>
{
    public void Configure(EntityTypeBuilder<PracticeAttempt> attempt)
    {
        attempt.HasOne(a => a.Campaign).WithMany().HasForeignKey(a => a.CampaignId);
        attempt.HasOne(a => a.Candidate).WithMany().HasForeignKey(a => a.CandidateId);
        attempt.Property(a => a.PracticeCallId).HasMaxLength(ScenarioColumns.IdLength);
        attempt.Property(a => a.PracticeCallVersion).HasMaxLength(ScenarioColumns.VersionLength);
        attempt.Property(a => a.RecordJson).HasMaxLength(PracticeAttempt.RecordJsonLength);
        attempt.Property(a => a.Answer).HasConversion<string>().HasMaxLength(10);
        attempt.Property(a => a.NotForMeReasons).HasMaxLength(200);
        // The dashboard counts a campaign's attempts; the candidate page lists a candidate's.
        attempt.HasIndex(a => new { a.CampaignId, a.StartedUtc });
        attempt.HasIndex(a => a.CandidateId);
    }
}
