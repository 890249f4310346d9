using IucRecruit.Data;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Hosting;

public sealed class DemoModeTests
{
    [Fact]
    public async Task The_app_refuses_to_start_with_demo_data_in_production()
    {
        await using var app = new RecruitmentApp().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Demo:Enabled", "true");
        });

        var error = Assert.Throws<InvalidOperationException>(() => app.Services);
        Assert.Contains("never created in production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_mode_seeds_once_and_a_restart_adds_nothing()
    {
        await using var first = new RecruitmentApp().WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true"));
        var counts = Counts(first.Services);
        // One organisation, a user per staff role and the assessment demo's two more assessors; the
        // demo campaign's 8 candidates, and the demo funnel's generated campaigns and candidates.
        Assert.Equal((1, DemoDataSeeder.StaffAccounts.Count + DemoAssessment.ExtraAssessors.Count), (counts.Organisations, counts.Staff));
        Assert.InRange(counts.Campaigns, 2, 10);
        Assert.InRange(counts.Candidates, 8 + 100, 1000);

        await using var again = first.WithWebHostBuilder(_ => { });
        using var scope = again.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(DemoDataSeeder.DefaultPassword);
        Assert.Equal(counts, Counts(again.Services));
    }

    private static (int Organisations, int Campaigns, int Candidates, int Staff) Counts(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        return (db.Organisations.Count(), db.Campaigns.Count(), db.Candidates.Count(),
            db.Users.Count(u => u.CandidateId == null));
    }
}
