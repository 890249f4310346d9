using IucRecruit.Data.Storage;

namespace IucRecruit.Data.Migrations.SqlServer;

/// <summary>How dotnet-ef makes the context when it adds a migration to this project.</summary>
public sealed class DesignTimeContext() : DesignTimeContextFactory(DatabaseProvider.SqlServer);
