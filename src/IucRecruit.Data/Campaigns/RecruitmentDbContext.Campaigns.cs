using IucRecruit.Data.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<Campaign> Campaigns => Set<Campaign>();
}
