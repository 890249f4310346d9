using IucRecruit.Data.Organisations;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

public sealed partial class RecruitmentDbContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
}
