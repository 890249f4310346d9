using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Listening;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Listening;
using IucRecruit.Data.Organisations;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Scenarios;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace IucRecruit.Data.Demo;

/// <summary>
/// Fills an empty database with a small, believable organisation so that a new user can try every
/// role at once. Running it again adds nothing. Never run in production: the web host and the CLI
/// refuse to.
/// </summary>
public sealed class DemoDataSeeder(
    RecruitmentDbContext db, UserManager<AppUser> users, TimeProvider clock, ScenarioLibrary library, ScenarioRotationService rotation)
{
    public const string OrganisationName = "Northfield IUC (demo)";
    public const string DefaultPassword = "Demo-Call-2026!";
    public const string CampaignName = "Health advisors – spring intake";

    public static readonly IReadOnlyList<DemoAccount> StaffAccounts =
    [
        new("admin@demo.iucrecruit.test", "Alex Admin", Roles.Admin),
        new("manager@demo.iucrecruit.test", "Morgan Manager", Roles.RecruitingManager),
        new("assessor@demo.iucrecruit.test", "Asha Assessor", Roles.Assessor),
        new("roleplayer@demo.iucrecruit.test", "Robin Role-player", Roles.RolePlayer),
    ];

    /// <summary>Candidates of the demo campaign; the first is the one the start-up banner invites.</summary>
    private static readonly (string Given, string Family, RecruitmentChannel Channel)[] DemoCandidates =
    [
        ("Sam", "Taylor", RecruitmentChannel.NhsJobs),
        ("Priya", "Shah", RecruitmentChannel.NhsJobs),
        ("Daniel", "O'Connor", RecruitmentChannel.AmbulanceJobsSite),
        ("Grace", "Mensah", RecruitmentChannel.Apprenticeship),
        ("Tom", "Hughes", RecruitmentChannel.Agency),
        ("Aisha", "Rahman", RecruitmentChannel.Internal),
        ("Owen", "Price", RecruitmentChannel.NhsJobs),
        ("Chloe", "Walker", RecruitmentChannel.AmbulanceJobsSite),
    ];

    /// <summary>How many candidates the demo campaign starts with.</summary>
    public static int CandidateCount => DemoCandidates.Length;

    public const string WorkingConditions =
        "Shifts of 8 to 12 hours between 07:00 and 23:00, with some night shifts. " +
        "You will work about 3 of every 4 weekends and 6 of every 8 bank holidays, " +
        "including Christmas Day or New Year's Day. Part-time and job-share patterns are available.";

    /// <summary>The demo campaign's own statement of a shift in figures: a round figure for NHS 111
    /// health advisors (about 40 to 60 calls in a 10-hour shift), not one the seeds give. The demo
    /// funnel's other campaigns state none, so the demo shows both.</summary>
    public static readonly TypicalShift TypicalShift = new(10 * 60, 40, 60);

    public async Task<DemoData> SeedAsync(string password, CancellationToken cancellationToken = default)
    {
        await IdentityRules.EnsureRolesAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Name == OrganisationName, cancellationToken);
        if (organisation is null)
        {
            organisation = new Organisation { Id = Guid.CreateVersion7(), Name = OrganisationName, CreatedUtc = now };
            db.Organisations.Add(organisation);
        }

        // Found by name: the demo funnel adds more campaigns to the organisation (SeedFunnelAsync).
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.OrganisationId == organisation.Id && c.Name == CampaignName, cancellationToken);
        if (campaign is null)
        {
            campaign = new Campaign
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = organisation.Id,
                Name = CampaignName,
                Role = AdvisorRole.HealthAdvisor,
                Site = "Northfield contact centre",
                WorkingConditions = WorkingConditions,
                TypicalShift = TypicalShift,
                CreatedUtc = now,
            };
            db.Campaigns.Add(campaign);
            // They applied a second apart, in the list's order, so that "the first" is always Sam
            // Taylor: ids made in the same millisecond sort at random.
            foreach (var (index, (given, family, channel)) in DemoCandidates.Index())
            {
                db.Candidates.Add(new Candidate
                {
                    Id = Guid.CreateVersion7(),
                    CampaignId = campaign.Id,
                    GivenName = given,
                    FamilyName = family,
                    Email = $"{given}.{family}@example.com".Replace("'", "", StringComparison.Ordinal).ToLowerInvariant(),
                    Channel = channel,
                    CreatedUtc = now.AddSeconds(index - DemoCandidates.Length),
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in StaffAccounts)
        {
            await EnsureStaffAsync(users, account, organisation.Id, password, now);
        }

        await SeedFunnelAsync(organisation, campaign, now, cancellationToken);

        var candidates = await db.Candidates.Where(c => c.CampaignId == campaign.Id)
            .OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        await SeedInvitedJourneyAsync(candidates[0], cancellationToken);
        await SeedListeningResultAsync(candidates[1], cancellationToken);
        await SeedAccessLogAsync(candidates[1], cancellationToken);
        return new DemoData(organisation, campaign, candidates[0]);
    }

    /// <summary>
    /// The invited candidate's journey up to their mock call, through the stage rules like any
    /// other: shortlisted, invited to the assessment day, the working conditions acknowledged on
    /// the day, and the listening exercise stage reached. Without it they were still at "Applied"
    /// and the result of the banner's live call could not enter them into the mock-call stage
    /// (issue 14 item 13). They can still take the online listening exercise. Recorded once.
    /// </summary>
    private async Task SeedInvitedJourneyAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        var stageLog = new StageLog(db, new FunnelWriter(db), clock);
        var journey = (await CandidateSnapshot.LoadAsync(db, candidate.Id, cancellationToken))?.Journey;
        if (journey?.CurrentStage != FunnelStage.Applied) return;
        await RecordAsync(StageTransition.Enter(FunnelStage.Shortlisted, "Demo: sifted in"));
        await RecordAsync(StageTransition.Enter(FunnelStage.InvitedToAssessment, "Demo: invited to today's assessment day"));
        // The product enters the acknowledgement's stage itself, as for any candidate (decision 0060).
        await new WorkingConditionsRecords(db, new ObservedProgress(db, stageLog, NullLogger<ObservedProgress>.Instance), clock)
            .AcknowledgeAsync(candidate.Id, AcknowledgementMethod.OnTheDay, null, null, cancellationToken);
        await RecordAsync(StageTransition.Enter(FunnelStage.ListeningExercise, "Demo: listening exercise on the day"));

        async Task RecordAsync(StageTransition transition)
        {
            var result = await stageLog.RecordAsync(candidate.Id, transition, null, cancellationToken);
            if (!result.Succeeded) throw new InvalidOperationException($"The demo candidate's stage log was refused: {result.Refusal}");
        }
    }

    /// <summary>A listening exercise the second demo candidate handed in two days ago, so that the
    /// manager's results page has something to show. The first candidate, whom the start-up banner
    /// invites, can still take it.</summary>
    private async Task SeedListeningResultAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        if (library.ListeningExercises.Count == 0 ||
            await db.ListeningAttempts.AnyAsync(a => a.CandidateId == candidate.Id, cancellationToken)) return;

        var exercise = library.ListeningExercises[0];
        var started = clock.GetUtcNow().UtcDateTime.AddDays(-2);
        var attempt = ListeningAttempt.Begin(candidate, exercise, started);
        attempt.PlaysUsed = exercise.PlaysAllowed;
        // Right but for the last question: a believable result rather than full marks.
        var answers = exercise.Questions.ToDictionary(q => q.Id, q => (string?)(q switch
        {
            ChoiceQuestion choice when q == exercise.Questions[^1] => choice.Options.First(o => o.Id != choice.CorrectOption).Id,
            ChoiceQuestion choice => choice.CorrectOption,
            ShortAnswerQuestion text => text.Answer.Value,
            _ => null,
        }));
        attempt.HandIn(exercise, ListeningScoring.Score(exercise, answers), started.AddMinutes(8));
        db.ListeningAttempts.Add(attempt);
        rotation.AddExposure(candidate.Id, exercise, ExposurePurpose.ListeningExercise).OccurredUtc = started;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo manager's look at the listening result seeded above, so that the
    /// administrators' access log has an entry to show. Added once.</summary>
    private async Task SeedAccessLogAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        if (await db.AccessAuditEntries.AnyAsync(cancellationToken)) return;
        var manager = StaffAccounts.Single(a => a.Role == Roles.RecruitingManager);
        var managerId = await db.Users.Where(u => u.UserName == manager.Email).Select(u => u.Id).SingleAsync(cancellationToken);
        await AccessAuditChain.AppendAsync(db, [new AccessAuditEntry
        {
            Id = Guid.CreateVersion7(), AtUtc = AccessAuditChain.StoredTime(clock.GetUtcNow().UtcDateTime.AddDays(-1)), UserId = managerId,
            UserName = manager.DisplayName, Action = AccessAction.ViewedListeningResult, CandidateId = candidate.Id,
        }], (_, _) => Task.FromResult(true), cancellationToken);
    }

    /// <summary>Campaigns over the past 18 months with a few hundred made-up candidates at every stage,
    /// starters and leavers with reasons, and mock-call scores of record, so that the funnel and
    /// retention dashboard has something to show. The demo campaign's own candidates get their
    /// application on the stage log. Runs once.</summary>
    private async Task SeedFunnelAsync(Organisation organisation, Campaign campaign, DateTime now, CancellationToken cancellationToken)
    {
        var stageLog = new StageLog(db, new FunnelWriter(db), clock);
        await new WorkingConditionsRecords(db, new ObservedProgress(db, stageLog, NullLogger<ObservedProgress>.Instance), clock)
            .EnsureCurrentVersionAsync(campaign, cancellationToken);
        var unlogged = await db.Candidates.Where(c => c.CampaignId == campaign.Id && !db.StageEvents.Any(e => e.CandidateId == c.Id))
            .Select(c => new { c.Id, c.CreatedUtc }).ToListAsync(cancellationToken);
        foreach (var candidate in unlogged)
            await stageLog.RecordAsync(candidate.Id, StageTransition.Enter(FunnelStage.Applied, null, candidate.CreatedUtc), null, cancellationToken);
        if (await db.Campaigns.AnyAsync(c => c.OrganisationId == organisation.Id && c.Id != campaign.Id, cancellationToken)) return;

        var generator = new SyntheticFunnel(seed: 111, now);
        var random = new Random(111);
        var campaigns = new (string Name, AdvisorRole Role, string Site, int MonthsAgo)[]
            {
                ("Health advisors – spring intake last year", AdvisorRole.HealthAdvisor, "Northfield contact centre", 18),
                ("Service advisors – rolling", AdvisorRole.ServiceAdvisor, "Riverside contact centre", 14),
                ("Health advisors – autumn intake", AdvisorRole.HealthAdvisor, "Riverside contact centre", 9),
                ("Clinical advisors – winter", AdvisorRole.ClinicalAdvisor, "Northfield contact centre", 5),
            }
            .Select(c => generator.Campaign(organisation.Id, c.Name, c.Role, c.Site, now.AddMonths(-c.MonthsAgo)))
            .ToList();
        db.Campaigns.AddRange(campaigns);
        db.WorkingConditionsVersions.AddRange(campaigns.Select(SyntheticFunnel.FirstVersion));
        await db.SaveChangesAsync(cancellationToken);
        var candidates = campaigns.SelectMany(c => Enumerable.Range(0, 110)
                .Select(_ => generator.Candidate(c, c.CreatedUtc.AddDays(random.Next(0, 60)).AddHours(random.Next(8, 20)))))
            .ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await NewCandidates.WriteAsync(db, candidates, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Creates a demo member of staff with <paramref name="password"/>, unless they exist.</summary>
    internal static async Task EnsureStaffAsync(UserManager<AppUser> users, DemoAccount account, Guid organisationId, string password, DateTime now)
    {
        if (await users.FindByEmailAsync(account.Email) is not null) return;
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            OrganisationId = organisationId,
            CreatedUtc = now,
        };
        ThrowIfFailed(await users.CreateAsync(user, password), account.Email);
        ThrowIfFailed(await users.AddToRoleAsync(user, account.Role), account.Email);
    }

    private static void ThrowIfFailed(IdentityResult result, string email)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"Could not create demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Role);

public sealed record DemoData(Organisation Organisation, Campaign Campaign, Candidate InvitedCandidate);
