using IucRecruit.Data.Identity;
using IucRecruit.Data.Storage;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data;

/// <summary>
/// The product's one EF Core model, used unchanged on SQLite and PostgreSQL (DESIGN.md §4), and on
/// SQL Server with one change that its rules require (<see cref="SqlServerModelRules"/>).
/// Each feature adds its entity sets in a partial file of its own folder and its mapping as an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside the entity; both are picked up here.
/// </summary>
public sealed partial class RecruitmentDbContext(DbContextOptions<RecruitmentDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RecruitmentDbContext).Assembly);
        if (Database.IsSqlServer()) SqlServerModelRules.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
