using IucRecruit.Data.Calls;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Calibration;

internal sealed class CalibrationSetConfiguration : IEntityTypeConfiguration<CalibrationSet>
{
    public void Configure(EntityTypeBuilder<CalibrationSet> set) => set.Property(s => s.Name).HasMaxLength(200);
}

internal sealed class CalibrationItemConfiguration : IEntityTypeConfiguration<CalibrationItem>
{
    public void Configure(EntityTypeBuilder<CalibrationItem> item)
    {
        item.HasOne<CalibrationSet>().WithMany().HasForeignKey(i => i.CalibrationSetId);
        // A candidate's erasure removes their calls, and with them any calibration item of those calls.
        item.HasOne<MockCall>().WithMany().HasForeignKey(i => i.MockCallId);
        item.Property(i => i.Reference).HasJsonConversion();
        item.HasIndex(i => new { i.CalibrationSetId, i.MockCallId }).IsUnique();
        item.HasIndex(i => i.MockCallId);
    }
}

internal sealed class CalibrationAssignmentConfiguration : IEntityTypeConfiguration<CalibrationAssignment>
{
    public void Configure(EntityTypeBuilder<CalibrationAssignment> assignment)
    {
        assignment.HasOne<CalibrationSet>().WithMany().HasForeignKey(a => a.CalibrationSetId);
        assignment.HasIndex(a => new { a.CalibrationSetId, a.AssessorUserId }).IsUnique();
        assignment.HasIndex(a => a.AssessorUserId);
    }
}

internal sealed class CalibrationScorecardConfiguration : IEntityTypeConfiguration<CalibrationScorecard>
{
    public void Configure(EntityTypeBuilder<CalibrationScorecard> scorecard)
    {
        scorecard.HasOne<CalibrationItem>().WithMany().HasForeignKey(s => s.CalibrationItemId);
        scorecard.Property(s => s.Sheet).HasJsonConversion();
        scorecard.HasIndex(s => new { s.CalibrationItemId, s.AssessorUserId }).IsUnique();
    }
}
