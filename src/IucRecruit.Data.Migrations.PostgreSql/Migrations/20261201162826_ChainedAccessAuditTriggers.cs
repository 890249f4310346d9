using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IucRecruit.Data.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ChainedAccessAuditTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Added by hand: the audit's triggers, which EF Core does not model, in a migration of their own
            // because SQLite rebuilds the table at the end of the one before (docs/decisions/0056).
            migrationBuilder.CreateChainedAuditTriggers();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Added by hand.
            migrationBuilder.DropChainedAuditTriggers();
        }
    }
}
