using IucRecruit.Data.Calls;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Assessment;

internal sealed class MockCallScorecardConfiguration : IEntityTypeConfiguration<MockCallScorecard>
{
    public void Configure(EntityTypeBuilder<MockCallScorecard> scorecard)
    {
        scorecard.HasOne<MockCall>().WithMany().HasForeignKey(s => s.MockCallId);
        scorecard.Property(s => s.Sheet).HasJsonConversion();
        // One submission per assessor per call: the second is refused, so ratings cannot be changed.
        scorecard.HasIndex(s => new { s.MockCallId, s.AssessorUserId }).IsUnique();
        scorecard.HasIndex(s => s.AssessorUserId);
    }
}

internal sealed class MockCallModerationConfiguration : IEntityTypeConfiguration<MockCallModeration>
{
    public void Configure(EntityTypeBuilder<MockCallModeration> moderation)
    {
        moderation.HasOne<MockCall>().WithMany().HasForeignKey(m => m.MockCallId);
        moderation.Property(m => m.Decision).HasJsonConversion();
        moderation.HasIndex(m => m.MockCallId).IsUnique();
    }
}

internal sealed class MockCallResultConfiguration : IEntityTypeConfiguration<MockCallResult>
{
    public void Configure(EntityTypeBuilder<MockCallResult> result)
    {
        result.HasOne<MockCall>().WithMany().HasForeignKey(r => r.MockCallId);
        result.Property(r => r.Reason).HasMaxLength(1000);
        result.Property(r => r.Scores).HasJsonConversion();
        result.Property(r => r.Accuracy).HasJsonConversion();
        result.Property(r => r.FunnelRefusal).HasMaxLength(1000);
        result.HasIndex(r => r.MockCallId).IsUnique();
        result.HasIndex(r => r.CandidateId);
    }
}

internal sealed class CandidateFeedbackConfiguration : IEntityTypeConfiguration<CandidateFeedback>
{
    public void Configure(EntityTypeBuilder<CandidateFeedback> feedback)
    {
        feedback.HasOne<MockCall>().WithMany().HasForeignKey(f => f.MockCallId);
        feedback.Property(f => f.Strengths).HasMaxLength(CandidateFeedback.MaxLength);
        feedback.Property(f => f.DevelopmentPoints).HasMaxLength(CandidateFeedback.MaxLength);
        feedback.HasIndex(f => f.MockCallId).IsUnique();
        feedback.HasIndex(f => f.CandidateId);
    }
}

internal sealed class CallSpeechAnalyticsConfiguration : IEntityTypeConfiguration<CallSpeechAnalytics>
{
    public void Configure(EntityTypeBuilder<CallSpeechAnalytics> analytics)
    {
        analytics.ToTable("CallSpeechAnalytics");
        analytics.HasOne<MockCall>().WithMany().HasForeignKey(a => a.MockCallId);
        analytics.Property(a => a.RecordingSha256).HasMaxLength(64);
        analytics.HasIndex(a => a.MockCallId).IsUnique();
    }
}
