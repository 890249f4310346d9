using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace IucRecruit.Data.Tests.Schema;

/// <summary>
/// EF Core's own checks, on every provider, SQL Server included: they need the model and each
/// provider's migrations and snapshot, never a database.
/// </summary>
public sealed class ModelSnapshotTests
{
    public static TheoryData<DatabaseProvider> EveryProvider => new(Enum.GetValues<DatabaseProvider>());

    [Theory]
    [MemberData(nameof(EveryProvider))]
    public void No_model_change_is_left_without_a_migration(DatabaseProvider provider)
    {
        using var db = DatabaseRegistration.ConnectionlessContext(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration covers: run scripts/add-migration.sh NameOfTheChange.");
    }

    [Theory]
    [MemberData(nameof(EveryProvider))]
    public void The_model_and_its_migration_script_build_without_warnings(DatabaseProvider provider)
    {
        var warnings = new List<string>();
        var builder = new DbContextOptionsBuilder<RecruitmentDbContext>();
        builder.UseProvider(provider, connectionString: null)
            .LogTo(warnings.Add, LogLevel.Warning)
            // A service provider of its own, so that the model is built here, not taken from a cache.
            .EnableServiceProviderCaching(false);
        using var db = new RecruitmentDbContext(builder.Options);

        Assert.NotEmpty(db.GetService<IDesignTimeModel>().Model.GetEntityTypes());
        Assert.Contains("CREATE TABLE", db.GetService<IMigrator>().GenerateScript(), StringComparison.Ordinal);

        Assert.Empty(warnings);
    }
}
