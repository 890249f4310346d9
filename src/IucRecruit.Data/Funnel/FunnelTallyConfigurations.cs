using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Funnel;

// Each key starts with what the dashboard groups by, so that summing over the filters reads the
// key in order and groups as it goes. The key is also indexed with the count after it: the sum
// then reads the index alone (SQLite keeps a composite key in an index beside the table).

internal sealed class FunnelPositionTallyConfiguration : IEntityTypeConfiguration<FunnelPositionTally>
{
    public void Configure(EntityTypeBuilder<FunnelPositionTally> t)
    {
        // Site first: a view reads one site's slice (or every site's) and groups it as it goes.
        t.HasKey(x => new { x.Site, x.ReachedStages, x.SkippedStages, x.CurrentStage, x.Outcome, x.Role, x.Channel, x.AppliedMonth });
        t.HasIndex(x => new { x.Site, x.ReachedStages, x.SkippedStages, x.CurrentStage, x.Outcome, x.Role, x.Channel, x.AppliedMonth, x.Count })
            .HasDatabaseName("IX_FunnelPositionTallies_Covering");
        // Rows from before site was counted count every site (TallyBackfill then adds each site's).
        t.Property(x => x.Site).HasMaxLength(200).HasDefaultValue(FunnelPositionTally.EverySite);
        t.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        t.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        t.Property(x => x.CurrentStage).HasConversion<string>().HasMaxLength(40);
        t.Property(x => x.Outcome).HasMaxLength(20);
    }
}

internal sealed class StageDurationTallyConfiguration : IEntityTypeConfiguration<StageDurationTally>
{
    public void Configure(EntityTypeBuilder<StageDurationTally> t)
    {
        t.HasKey(x => new { x.Stage, x.Days, x.Role, x.Channel, x.AppliedMonth });
        t.HasIndex(x => new { x.Stage, x.Days, x.Role, x.Channel, x.AppliedMonth, x.Count }).HasDatabaseName("IX_StageDurationTallies_Covering");
        t.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        t.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        t.Property(x => x.Stage).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class EqualityPositionTallyConfiguration : IEntityTypeConfiguration<EqualityPositionTally>
{
    public void Configure(EntityTypeBuilder<EqualityPositionTally> t)
    {
        t.HasKey(x => new { x.Characteristic, x.Group, x.ReachedStages, x.CurrentStage, x.Outcome, x.Role, x.Channel, x.AppliedMonth });
        t.HasIndex(x => new { x.Characteristic, x.Group, x.ReachedStages, x.CurrentStage, x.Outcome, x.Role, x.Channel, x.AppliedMonth, x.Count })
            .HasDatabaseName("IX_EqualityPositionTallies_Covering");
        t.Property(x => x.Characteristic).HasMaxLength(40);
        t.Property(x => x.Group).HasMaxLength(40);
        t.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        t.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        t.Property(x => x.CurrentStage).HasConversion<string>().HasMaxLength(40);
        t.Property(x => x.Outcome).HasMaxLength(20);
    }
}

internal sealed class RetentionTallyConfiguration : IEntityTypeConfiguration<RetentionTally>
{
    public void Configure(EntityTypeBuilder<RetentionTally> t)
    {
        // The slice (site, role, channel) first, then what the summary groups by.
        t.HasKey(x => new { x.Site, x.Role, x.Channel, x.ScoreBand, x.WeeksInPost, x.StartedOn, x.AppliedMonth });
        t.HasIndex(x => new { x.Site, x.Role, x.Channel, x.ScoreBand, x.WeeksInPost, x.StartedOn, x.AppliedMonth, x.Count })
            .HasDatabaseName("IX_RetentionTallies_Covering");
        t.Property(x => x.Site).HasMaxLength(200);
        t.Property(x => x.Role).HasMaxLength(40);
        t.Property(x => x.Channel).HasMaxLength(40);
        t.Property(x => x.ScoreBand).HasMaxLength(20);
    }
}
