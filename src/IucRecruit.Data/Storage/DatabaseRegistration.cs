using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Storage;

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="RecruitmentDbContext"/> on the provider that the bound
    /// <see cref="DatabaseOptions"/> name, read when the first context is made.</summary>
    public static IServiceCollection AddRecruitmentDatabase(this IServiceCollection services)
    {
        // Pages use a context per request; long-lived parts (live call sessions) make short-lived
        // contexts from the factory. Both share one set of options.
        services.AddDbContext<RecruitmentDbContext>((provider, builder) =>
            builder.UseConfiguredProvider(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value),
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContextFactory<RecruitmentDbContext>((provider, builder) =>
            builder.UseConfiguredProvider(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        return services;
    }

    public static DbContextOptionsBuilder UseConfiguredProvider(this DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        var connectionString = options.ResolvedConnectionString();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString);
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(connectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }
        // Migrations are written by hand (EF Core Design cannot be restored here), so there is no
        // model snapshot for EF to compare against. The schema tests prove instead that the
        // migrations build exactly the model's schema: docs/decisions/0003-hand-written-migrations.md.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }

    /// <summary>Creates the data folder and brings the schema up to date. Run at every start.</summary>
    public static async Task MigrateAsync(this RecruitmentDbContext db, DatabaseOptions options, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(options.DataFolder);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
