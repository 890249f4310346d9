using IucRecruit.Data.Equality;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<EqualityMonitoring> EqualityMonitoring => Set<EqualityMonitoring>();
}
