using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IucRecruit.Data.Migrations;

/// <summary>The reason for leaving as the Electronic Staff Record words it, beside the exit
/// interview's own reason, on the employment record and on the starters the leavers' table reads
/// (docs/decisions/0045). The starters' covering index takes the new column so that the leavers'
/// table is still read from the index alone.</summary>
[DbContext(typeof(RecruitmentDbContext))]
[Migration("20261201090000_EsrLeavingReasons")]
public sealed class EsrLeavingReasons : Migration
{
    private static readonly string[] CoveringBefore =
        ["StartedUtc", "DaysInPost", "StartMonth", "LeftMonth", "LeavingReason", "Channel", "ContractType", "ScoreBand", "Role", "Site", "AppliedUtc"];

    private static readonly string[] CoveringAfter =
        ["StartedUtc", "DaysInPost", "StartMonth", "LeftMonth", "EsrLeavingReason", "LeavingReason", "Channel", "ContractType", "ScoreBand", "Role", "Site", "AppliedUtc"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("EsrLeavingReason", "Employments", maxLength: 60, nullable: true);
        migrationBuilder.AddColumn<string>("EsrLeavingReason", "Starters", maxLength: 60, nullable: true);
        migrationBuilder.DropIndex("IX_Starters_Covering", "Starters");
        migrationBuilder.CreateIndex("IX_Starters_Covering", "Starters", CoveringAfter);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Starters_Covering", "Starters");
        migrationBuilder.CreateIndex("IX_Starters_Covering", "Starters", CoveringBefore);
        migrationBuilder.DropColumn("EsrLeavingReason", "Starters");
        migrationBuilder.DropColumn("EsrLeavingReason", "Employments");
    }
}
