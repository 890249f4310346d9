using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Demo;

/// <summary>
/// The assessment in the demo: earlier today, four demo candidates took their mock calls. The
/// assessors' evidence is in the calls' logs; the ratings, the lead assessor's moderation, the
/// results, the funnel moves and the feedback go through the same services as a real assessment.
/// A manager sees a moderated call, a failed one, a passed one and one still waiting for its
/// rating, and a calibration set that three assessors have scored. What each call was is in
/// <see cref="DemoCallPlan.EarlierToday"/>; <see cref="DemoCallRecording"/> writes it as held,
/// <see cref="DemoScoring"/> scores it and <see cref="DemoCalibration"/> makes the set. Runs once.
/// </summary>
public sealed class DemoAssessment(
    RecruitmentDbContext db, UserManager<AppUser> users, StageLog stageLog, DemoCallRecording recordings, DemoScoring scoring,
    DemoCalibration calibration, TimeProvider clock)
{
    public const string DayLocation = "Northfield contact centre (demo, earlier today)";

    /// <summary>Assessors besides the demo's own: a second assessor and a third for calibration.</summary>
    public static readonly IReadOnlyList<DemoAccount> ExtraAssessors =
    [
        new("bilal.assessor@demo.iucrecruit.test", "Bilal Second-assessor", Roles.Assessor),
        new("chen.assessor@demo.iucrecruit.test", "Chen Calibrator", Roles.Assessor),
    ];

    public async Task EnsureAsync(DemoData demo, string password, CancellationToken cancellationToken = default)
    {
        if (await db.AssessmentDays.AnyAsync(d => d.CampaignId == demo.Campaign.Id && d.Location == DayLocation, cancellationToken)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var account in ExtraAssessors)
            await DemoDataSeeder.EnsureStaffAsync(users, account, demo.Organisation.Id, password, now);
        var asha = await StaffIdAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.Assessor).Email, cancellationToken);
        var bilal = await StaffIdAsync(ExtraAssessors[0].Email, cancellationToken);
        var chen = await StaffIdAsync(ExtraAssessors[1].Email, cancellationToken);
        var morgan = await StaffIdAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.RecruitingManager).Email, cancellationToken);
        var robin = await StaffIdAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.RolePlayer).Email, cancellationToken);

        var firstAnswered = now.AddHours(-4);
        var day = new AssessmentDay
        {
            Id = Guid.CreateVersion7(), CampaignId = demo.Campaign.Id, Date = DateOnly.FromDateTime(Core.Time.UkTime.ToUk(firstAnswered)),
            Location = DayLocation, CreatedUtc = now,
        };
        db.AssessmentDays.Add(day);
        await db.SaveChangesAsync(cancellationToken);

        var calls = new List<Guid>();
        var plans = DemoCallPlan.EarlierToday;
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var candidate = await db.Candidates.SingleAsync(c => c.CampaignId == demo.Campaign.Id && c.GivenName == plan.Candidate, cancellationToken);
            await MoveToMockCallDayAsync(candidate, cancellationToken);
            var (callId, scenario) = await recordings.AddAsync(day, candidate, robin, asha, plan.DoubleScored ? bilal : null,
                firstAnswered.AddMinutes(45 * i), plan, cancellationToken);
            calls.Add(callId);
            await scoring.RateAsync(callId, scenario, asha, plan.First, plan.CriticalFails, cancellationToken);
            await scoring.RateAsync(callId, scenario, bilal, plan.Second, plan.CriticalFails, cancellationToken);
        }

        // Priya's assessors disagree on accuracy (2 and 4): the manager settles it as the lead.
        await scoring.ModerateAsync(calls[0], morgan, 3,
            "Listened again: every detail right and the number read back; the date of birth was not confirmed.", cancellationToken);
        for (var i = 0; i < plans.Count; i++)
            if (plans[i].Feedback is { } words) await scoring.WriteFeedbackAsync(calls[i], asha, morgan, words, cancellationToken);

        await calibration.AddSetAsync(calls.Take(3).ToList(), morgan, [asha, bilal, chen], cancellationToken);
    }

    /// <summary>Sifted, invited and through the listening exercise: where a candidate is when they
    /// come to their mock call. The demo skips the stages in between, with the reason.</summary>
    private async Task MoveToMockCallDayAsync(Candidate candidate, CancellationToken cancellationToken) =>
        await stageLog.RecordAsync(candidate.Id, StageTransition.Enter(FunnelStage.ListeningExercise, "Demo: invited straight to the assessment day",
            skipping: [FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged]), null, cancellationToken);

    private Task<Guid> StaffIdAsync(string email, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync(cancellationToken);
}
