using IucRecruit.Data.Privacy;
using Microsoft.EntityFrameworkCore;
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

    public static DbContextOptionsBuilder UseConfiguredProvider(this DbContextOptionsBuilder builder, DatabaseOptions options) =>
        builder.UseProvider(options.Provider, options.ResolvedConnectionString());

    /// <summary>The provider, with its own migrations assembly (each provider's migrations and
    /// model snapshot are generated for it: docs/decisions/0030). Without a connection string the
    /// context can build its model and migration scripts but not connect.</summary>
    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder builder, DatabaseProvider provider, string? connectionString)
    {
        var migrations = MigrationsAssembly(provider);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{provider}'.");
        }
        return builder;
    }

    /// <summary>A context on <paramref name="provider"/> that never connects: for the model, its
    /// migrations and their scripts (dotnet-ef, <c>iucrecruit migrate --script</c>).</summary>
    public static RecruitmentDbContext ConnectionlessContext(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<RecruitmentDbContext>();
        builder.UseProvider(provider, connectionString: null);
        return new RecruitmentDbContext(builder.Options);
    }

    public static string MigrationsAssembly(DatabaseProvider provider) => $"IucRecruit.Data.Migrations.{provider}";

    /// <summary>Creates the data folder and brings the schema up to date, then chains any access
    /// audit entries written before the chain existed. Run at every start. Returns the migrations
    /// it applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(this RecruitmentDbContext db, DatabaseOptions options, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(options.DataFolder);
        await HandWrittenMigrations.AdoptAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        await AccessAuditChain.SealAsync(db, cancellationToken);
        if (Funnel.TallyBackfill.IsNeededAfter(pending)) await Funnel.TallyBackfill.RunAsync(db, cancellationToken);
        return pending;
    }
}
