using Microsoft.EntityFrameworkCore;
using IucRecruit.Data.Scenarios;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Listening;

internal sealed class ListeningAttemptConfiguration : IEntityTypeConfiguration<ListeningAttempt>
{
    public void Configure(EntityTypeBuilder<ListeningAttempt> attempt)
    {
        attempt.Property(a => a.ExerciseId).HasMaxLength(ScenarioColumns.IdLength);
        attempt.Property(a => a.ExerciseVersion).HasMaxLength(ScenarioColumns.VersionLength);
        attempt.HasOne(a => a.Candidate).WithMany().HasForeignKey(a => a.CandidateId);
        // One attempt per candidate: a second start loses the race on this index.
        attempt.HasIndex(a => a.CandidateId).IsUnique();
        attempt.HasMany(a => a.Answers).WithOne().HasForeignKey(a => a.AttemptId);
    }
}

internal sealed class ListeningAnswerConfiguration : IEntityTypeConfiguration<ListeningAnswer>
{
    public void Configure(EntityTypeBuilder<ListeningAnswer> answer)
    {
        answer.Property(a => a.QuestionId).HasMaxLength(ScenarioColumns.IdLength);
        answer.Property(a => a.Answer).HasMaxLength(ListeningAttemptService.MaxAnswerLength);
        answer.Property(a => a.Explanation).HasMaxLength(1000);
    }
}
