using Microsoft.EntityFrameworkCore.Design;

namespace IucRecruit.Data.Storage;

/// <summary>
/// What each migrations project gives dotnet-ef to make the context for its provider
/// (scripts/add-migration.sh). Adding a migration compares the model with the project's snapshot
/// and never connects, so no connection string is needed.
/// </summary>
public abstract class DesignTimeContextFactory(DatabaseProvider provider) : IDesignTimeDbContextFactory<RecruitmentDbContext>
{
    public RecruitmentDbContext CreateDbContext(string[] args) => DatabaseRegistration.ConnectionlessContext(provider);
}
