using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Scenarios;

internal sealed class ScenarioStateConfiguration : IEntityTypeConfiguration<ScenarioState>
{
    public void Configure(EntityTypeBuilder<ScenarioState> state)
    {
        state.Property(s => s.ScenarioId).HasMaxLength(ScenarioColumns.IdLength);
        state.HasIndex(s => s.ScenarioId).IsUnique();
    }
}

internal sealed class ScenarioExposureConfiguration : IEntityTypeConfiguration<ScenarioExposure>
{
    public void Configure(EntityTypeBuilder<ScenarioExposure> exposure)
    {
        exposure.Property(e => e.ScenarioId).HasMaxLength(ScenarioColumns.IdLength);
        exposure.Property(e => e.ScenarioVersion).HasMaxLength(ScenarioColumns.VersionLength);
        exposure.Property(e => e.Purpose).HasConversion<string>().HasMaxLength(40);
        exposure.HasOne(e => e.Candidate).WithMany().HasForeignKey(e => e.CandidateId);
        exposure.HasIndex(e => e.ScenarioId);
        exposure.HasIndex(e => new { e.CandidateId, e.ScenarioId });
    }
}

/// <summary>Column sizes of library ids (at most 60 characters, checked by the loader) and versions
/// (64 hexadecimal digits of SHA-256).</summary>
internal static class ScenarioColumns
{
    public const int IdLength = 60;
    public const int VersionLength = 64;
}
