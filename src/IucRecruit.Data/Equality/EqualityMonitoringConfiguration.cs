using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Equality;

internal sealed class EqualityMonitoringConfiguration : IEntityTypeConfiguration<EqualityMonitoring>
{
    public void Configure(EntityTypeBuilder<EqualityMonitoring> e)
    {
        e.ToTable("EqualityMonitoring");
        e.HasKey(x => x.CandidateId);
        e.HasOne(x => x.Candidate).WithOne().HasForeignKey<EqualityMonitoring>(x => x.CandidateId);
        e.Property(x => x.Sex).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.AgeBand).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Ethnicity).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Disability).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Religion).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.SexualOrientation).HasConversion<string>().HasMaxLength(40);
    }
}
