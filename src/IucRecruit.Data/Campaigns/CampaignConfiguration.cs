using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IucRecruit.Data.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> campaign)
    {
        campaign.Property(c => c.Name).HasMaxLength(200);
        campaign.Property(c => c.Site).HasMaxLength(200);
        campaign.Property(c => c.Role).HasConversion<string>().HasMaxLength(40);
        campaign.Ignore(c => c.TypicalShift);
        campaign.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId);
        // The funnel's first view (issue 14): its page of the newest campaigns, and the sites and
        // stage sets it reads from an index alone rather than from the campaigns' long rows.
        campaign.HasIndex(c => c.CreatedUtc);
        campaign.HasIndex(c => new { c.Site, c.Role, c.Stages }).HasDatabaseName("IX_Campaigns_SiteRoleStages");
        // Defaults for campaigns that existed before these columns (docs/decisions/0003).
        campaign.Property(c => c.WorkingConditionsVersion).HasDefaultValue(1);
        campaign.Property(c => c.Stages)
            .HasConversion(stages => stages.ToString(), names => StageSet.Parse(names))
            .HasMaxLength(400).HasDefaultValue(StageSet.All);
        campaign.Property(c => c.ContractTypesOffered).HasEnumListConversion().HasMaxLength(100)
            .HasDefaultValue(Array.Empty<ContractType>());
    }
}
