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
        campaign.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId);
    }
}
