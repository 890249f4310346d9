using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace IucRecruit.Data.Storage;

/// <summary>Hand-written migrations serve both providers, and each provider reads its own
/// annotation for a database-generated integer key (Identity's claim tables have one); the other
/// provider ignores it.</summary>
public static class AutoIncrementColumn
{
    public static OperationBuilder<AddColumnOperation> AutoIncrement(this OperationBuilder<AddColumnOperation> column) =>
        column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
