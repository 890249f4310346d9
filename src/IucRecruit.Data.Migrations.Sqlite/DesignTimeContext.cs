using IucRecruit.Data.Storage;

namespace IucRecruit.Data.Migrations.Sqlite;

/// <summary>How dotnet-ef makes the context when it adds a migration to this project.</summary>
public sealed class DesignTimeContext() : DesignTimeContextFactory(DatabaseProvider.Sqlite);
