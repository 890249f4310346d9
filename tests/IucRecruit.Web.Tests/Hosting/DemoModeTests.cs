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

    [Fact]
    public async Task A_restart_after_the_demo_call_ended_books_another_on_the_demo_calls_own_day()
    {
        // At midday the assessment demo's calls, four hours earlier, are on the same UK date as the
        // live demo call: two days of the demo campaign share a date.
        var app = new RecruitmentApp();
        app.Clock.Advance(UntilMiddayTomorrowInLondon());
        await using var first = app.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true"));
        var ended = await EndOpenDemoCallAsync(first.Services);

        await using var again = first.WithWebHostBuilder(_ => { });
        using var scope = again.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var open = await db.MockCalls.AsNoTracking().Include(c => c.AssessmentDay)
            .SingleAsync(c => c.CandidateId == ended.CandidateId && c.Phase != Core.Calls.CallPhase.Ended);

        Assert.NotEqual(ended.Id, open.Id);
        Assert.Equal((ended.AssessmentDayId, DemoMockCall.DayLocation), (open.AssessmentDayId, open.AssessmentDay!.Location));
        Assert.Equal(2, await db.AssessmentDays.CountAsync(d => d.Date == open.AssessmentDay.Date));
    }

    private static TimeSpan UntilMiddayTomorrowInLondon()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var midday = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).Date.AddDays(1).AddHours(12);
        return new DateTimeOffset(midday, london.GetUtcOffset(midday)) - DateTimeOffset.UtcNow;
    }

    private static async Task<Data.Calls.MockCall> EndOpenDemoCallAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var call = await db.MockCalls.SingleAsync(c => c.AssessmentDay!.Location == DemoMockCall.DayLocation);
        call.Phase = Core.Calls.CallPhase.Ended;
        await db.SaveChangesAsync();
        return call;
    }

    private static (int Organisations, int Campaigns, int Candidates, int Staff) Counts(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        return (db.Organisations.Count(), db.Campaigns.Count(), db.Candidates.Count(),
            db.Users.Count(u => u.CandidateId == null));
    }
}
