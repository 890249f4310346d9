using IucRecruit.Data.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<WorkingConditionsVersion> WorkingConditionsVersions => Set<WorkingConditionsVersion>();
    public DbSet<ConditionsAcknowledgement> ConditionsAcknowledgements => Set<ConditionsAcknowledgement>();
}
