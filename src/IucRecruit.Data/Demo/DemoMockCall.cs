using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Time;
using IucRecruit.Data.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Demo;

/// <summary>
/// Books a mock call for the demo candidate whom the start-up banner invites, from now for two
/// hours, with the demo role-player and assessor: a new user can take a live call at once, in three
/// browser windows. Booked again at each start while the last one has ended or run out.
/// </summary>
public sealed class DemoMockCall(RecruitmentDbContext db, MockCallBooking booking, TimeProvider clock)
{
    /// <summary>The day this call is booked on, found by its location: the assessment demo's day
    /// (<see cref="DemoAssessment.DayLocation"/>) is often the same date.</summary>
    public const string DayLocation = "Online (demo)";

    /// <summary>Books the call if none is open, and returns the open one (its slot is printed in
    /// the banner); null if none could be booked (too near midnight, or no scenario left).</summary>
    public async Task<MockCall?> EnsureAsync(DemoData demo, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidateId = demo.InvitedCandidate.Id;
        var open = await db.MockCalls.AsNoTracking().Where(c => c.CandidateId == candidateId && c.Phase != CallPhase.Ended && c.Phase != CallPhase.Missed && c.SlotEndUtc > now)
            .OrderBy(c => c.SlotStartUtc).FirstOrDefaultAsync(cancellationToken);
        if (open is not null) return open;

        var ukNow = UkTime.ToUk(now);
        var today = DateOnly.FromDateTime(ukNow);
        var day = await db.AssessmentDays.SingleOrDefaultAsync(
            d => d.CampaignId == demo.Campaign.Id && d.Date == today && d.Location == DayLocation, cancellationToken);
        if (day is null)
        {
            day = new AssessmentDay
            {
                Id = Guid.CreateVersion7(), CampaignId = demo.Campaign.Id, Date = today,
                Location = DayLocation, CreatedUtc = now,
            };
            db.AssessmentDays.Add(day);
            await db.SaveChangesAsync(cancellationToken);
        }

        var rolePlayer = await StaffIdAsync(Roles.RolePlayer, cancellationToken);
        var assessor = await StaffIdAsync(Roles.Assessor, cancellationToken);
        // Start on the minute, and never let the two-hour slot cross midnight (a day holds its slots).
        var start = TimeOnly.FromDateTime(ukNow).Add(TimeSpan.FromSeconds(-ukNow.Second));
        var length = TimeSpan.FromMinutes(Math.Min(120, (TimeOnly.MaxValue - start).TotalMinutes));
        if (length < TimeSpan.FromMinutes(10)) return null;
        foreach (var difficulty in Enum.GetValues<Difficulty>())
        {
            var outcome = await booking.BookAsync(
                new MockCallBooking.Request(day.Id, candidateId, start, length, rolePlayer, assessor, null, difficulty, null), null, cancellationToken);
            if (outcome.Booked is not null) return outcome.Booked.Call;
        }
        return null;
    }

    private async Task<Guid> StaffIdAsync(string role, CancellationToken cancellationToken)
    {
        var email = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email;
        return await db.Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync(cancellationToken);
    }
}
