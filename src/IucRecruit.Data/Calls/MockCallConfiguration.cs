using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Calls;

internal sealed class AssessmentDayConfiguration : IEntityTypeConfiguration<AssessmentDay>
{
    public void Configure(EntityTypeBuilder<AssessmentDay> day)
    {
        day.Property(d => d.Location).HasMaxLength(200);
        day.HasOne(d => d.Campaign).WithMany().HasForeignKey(d => d.CampaignId);
        day.HasIndex(d => d.Date);
    }
}

internal sealed class MockCallConfiguration : IEntityTypeConfiguration<MockCall>
{
    public void Configure(EntityTypeBuilder<MockCall> call)
    {
        call.Property(c => c.ScenarioId).HasMaxLength(100);
        call.Property(c => c.ScenarioVersion).HasMaxLength(64);
        call.Property(c => c.Phase).HasConversion<string>().HasMaxLength(20);
        call.HasOne(c => c.AssessmentDay).WithMany().HasForeignKey(c => c.AssessmentDayId);
        call.HasOne(c => c.Candidate).WithMany().HasForeignKey(c => c.CandidateId);
        call.HasIndex(c => c.CandidateId);
        call.HasIndex(c => c.RolePlayerUserId);
        call.HasIndex(c => c.AssessorUserId);
        call.HasIndex(c => c.SecondAssessorUserId);
    }
}

internal sealed class MockCallEventConfiguration : IEntityTypeConfiguration<MockCallEvent>
{
    public void Configure(EntityTypeBuilder<MockCallEvent> callEvent)
    {
        callEvent.Property(e => e.Type).HasMaxLength(40);
        callEvent.HasOne<MockCall>().WithMany().HasForeignKey(e => e.MockCallId);
        callEvent.HasIndex(e => new { e.MockCallId, e.Sequence }).IsUnique();
    }
}

internal sealed class CallRecordingConfiguration : IEntityTypeConfiguration<CallRecording>
{
    public void Configure(EntityTypeBuilder<CallRecording> recording)
    {
        recording.Property(r => r.RelativePath).HasMaxLength(300);
        recording.Property(r => r.Sha256).HasMaxLength(64);
        recording.HasOne<MockCall>().WithMany().HasForeignKey(r => r.MockCallId);
        recording.HasIndex(r => r.MockCallId).IsUnique();
    }
}
