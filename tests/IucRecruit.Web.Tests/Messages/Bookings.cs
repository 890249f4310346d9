using IucRecruit.Core.Candidates;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Messages;

/// <summary>What the message tests book calls with: applicants of the demo campaign, assessment
/// days, and bookings made through the product's own booking (which writes the messages).</summary>
internal static class Bookings
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static async Task<Guid> ApplicantAsync(RecruitmentApp app, string givenName, string email, string? mobileNumber = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (candidate, _) = Applicants.Build(app.Demo.Campaign,
            new ApplicantDetails(givenName, "Booked", email, RecruitmentChannel.NhsJobs, now.AddDays(-30), MobileNumber: mobileNumber), null, null, now);
        await NewCandidates.WriteAsync(db, [candidate!], default);
        return candidate!.Candidate.Id;
    }

    public static async Task<AssessmentDay> DayAsync(RecruitmentApp app, DateOnly date)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var day = new AssessmentDay
        {
            Id = Guid.CreateVersion7(), CampaignId = app.Demo.Campaign.Id, Date = date, Location = "Room 4", CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
        };
        db.AssessmentDays.Add(day);
        await db.SaveChangesAsync();
        return day;
    }

    /// <summary>A day this many days ahead of the app's clock, in UK dates.</summary>
    public static Task<AssessmentDay> DaysAheadAsync(RecruitmentApp app, int days) =>
        DayAsync(app, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, London)).AddDays(days));

    public static async Task<MockCallBooking.Booked> BookAsync(RecruitmentApp app, AssessmentDay day, Guid candidate, TimeOnly start)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var outcome = await scope.ServiceProvider.GetRequiredService<MockCallBooking>().BookAsync(new MockCallBooking.Request(day.Id, candidate, start,
            TimeSpan.FromMinutes(30), await EndedCalls.StaffIdAsync(db, Roles.RolePlayer), await EndedCalls.StaffIdAsync(db, Roles.Assessor), null,
            Difficulty.Foundation, null), bookedBy: null);
        Assert.Empty(outcome.Problems);
        return outcome.Booked!;
    }

    /// <summary>09:00 UK time on the day before the day, in UTC: when its reminders are due (worked
    /// out here from the time zone database, not by the product's rule).</summary>
    public static DateTime ReminderDueUtc(AssessmentDay day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.Date.AddDays(-1).ToDateTime(new TimeOnly(9, 0)), London);

    /// <summary>"GMT" or "BST", as the slot's UK clock reads.</summary>
    public static string Zone(AssessmentDay day, TimeOnly start) => London.IsDaylightSavingTime(day.Date.ToDateTime(start)) ? "BST" : "GMT";
}
