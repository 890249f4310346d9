using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IucRecruit.Data.Migrations;

/// <summary>Candidates' reasonable adjustments: extra time, rest breaks, notes.</summary>
[DbContext(typeof(RecruitmentDbContext))]
[Migration("20261121100000_CandidateAdjustments")]
public sealed class CandidateAdjustments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("ExtraTimePercent", "Candidates", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<bool>("RestBreaks", "Candidates", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>("AdjustmentNotes", "Candidates", maxLength: 1000, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("ExtraTimePercent", "Candidates");
        migrationBuilder.DropColumn("RestBreaks", "Candidates");
        migrationBuilder.DropColumn("AdjustmentNotes", "Candidates");
    }
}
