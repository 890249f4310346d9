using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Funnel;

internal sealed class StageEventConfiguration : IEntityTypeConfiguration<StageEvent>
{
    public void Configure(EntityTypeBuilder<StageEvent> e)
    {
        e.HasKey(x => new { x.CandidateId, x.Sequence });
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.FromStage).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.HasOne(x => x.Candidate).WithMany().HasForeignKey(x => x.CandidateId);
    }
}
