using IucRecruit.Data.Assessment;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Equality;
using IucRecruit.Data.Retention;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// Believable made-up candidates for the demo and the benchmark. Drop-offs follow the guide's
/// reference practice (seeds/001: about a third fail shortlisting; the listening exercise and mock
/// calls gate the interview; some withdraw or do not turn up; roughly one applicant in eight is
/// appointed). Each candidate has a hidden "fit" that raises their mock-call marks and lowers their
/// chance of leaving, so that the predictive-validity section has something true to find. Every
/// change goes through the real rules (<see cref="JourneyBuilder"/>), so the data are valid by
/// construction. Deterministic for a given seed and clock.
/// </summary>
public sealed class SyntheticFunnel(int seed, DateTime nowUtc)
{
    public static readonly IReadOnlyList<string> Criteria = ["accuracy", "call-handling", "empathy"];

    private static readonly string[] GivenNames =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophia", "Lily", "Freya", "Emily", "Priya", "Aisha", "Zara", "Chloe",
        "Oliver", "George", "Noah", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Jack", "Charlie", "Daniel", "Tom", "Kwame", "Owen",
    ];

    private static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Mensah", "Hughes", "Price", "O'Connor", "Shah", "Begum",
    ];

    private readonly Random random = new(seed);

    public DateTime NowUtc => nowUtc;

    /// <summary>A campaign for <paramref name="role"/> at <paramref name="site"/>, opened on <paramref name="openedUtc"/>.</summary>
    public Campaign Campaign(Guid organisationId, string name, AdvisorRole role, string site, DateTime openedUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganisationId = organisationId,
        Name = name,
        Role = role,
        Site = site,
        WorkingConditions = Demo.DemoDataSeeder.WorkingConditions,
        // One campaign in five runs no listening exercise.
        Stages = random.NextDouble() < 0.2 ? StageSet.All.Without(FunnelStage.ListeningExercise) : StageSet.All,
        ContractTypesOffered = [ContractType.FullTime, ContractType.PartTime, ContractType.JobShare, ContractType.Bank],
        CreatedUtc = openedUtc,
    };

    /// <summary>The campaign's first version of its working conditions (acknowledgements refer to it).</summary>
    public static WorkingConditionsVersion FirstVersion(Campaign campaign) => new()
    {
        CampaignId = campaign.Id, Version = 1, Text = campaign.WorkingConditions, CreatedUtc = campaign.CreatedUtc,
    };

    /// <summary>An applicant who applied on <paramref name="appliedUtc"/>, taken as far through the
    /// funnel as they would have got by now.</summary>
    public NewCandidate Candidate(Campaign campaign, DateTime appliedUtc)
    {
        if (appliedUtc > nowUtc) throw new ArgumentOutOfRangeException(nameof(appliedUtc), appliedUtc, "An application cannot be in the future.");
        var id = Guid.CreateVersion7();
        var channel = Pick(ChannelShares);
        var fit = Gaussian();
        var given = GivenNames[random.Next(GivenNames.Length)];
        var family = FamilyNames[random.Next(FamilyNames.Length)];
        var candidate = new Candidate
        {
            Id = id, CampaignId = campaign.Id, GivenName = given, FamilyName = family,
            Email = $"{given}.{family}.{id.ToString("N")[^8..]}@example.com".Replace("'", "", StringComparison.Ordinal).ToLowerInvariant(),
            Channel = channel, CreatedUtc = appliedUtc,
            PreferredContractTypes = random.NextDouble() < 0.3 ? [ContractType.PartTime] : [],
        };
        var journey = new JourneyBuilder(id, JourneyState.Empty, new TransitionContext(campaign.Stages, false, false, nowUtc), null);
        var story = new Story(this, campaign, candidate, journey, fit, appliedUtc);
        story.Live();
        foreach (var e in journey.Events) e.RecordedUtc = e.OccurredUtc;
        return new NewCandidate(candidate, campaign.Role, campaign.Site, campaign.Stages, journey.Events, journey.Journey,
            random.NextDouble() < 0.85 ? Equality(id, appliedUtc) : null, story.Employment, story.Scores, story.Acknowledgements);
    }

    /// <summary>One candidate's way through the funnel, step by step, until their journey ends or
    /// the next step would be after now.</summary>
    private sealed class Story(SyntheticFunnel g, Campaign campaign, Candidate candidate, JourneyBuilder journey, double fit, DateTime applied)
    {
        private DateTime day = applied;

        public Employment? Employment { get; private set; }
        public List<MockCallScoreOfRecord> Scores { get; } = [];
        public List<ConditionsAcknowledgement> Acknowledgements { get; } = [];

        public void Live()
        {
            journey.Apply(StageTransition.Enter(FunnelStage.Applied, null, day));
            if (!Later(3, 14)) return;
            if (candidate.Channel == RecruitmentChannel.Internal && g.Chance(0.6))
            {
                if (!Enter(FunnelStage.InvitedToAssessment, "Internal candidate: no sift", [FunnelStage.Shortlisted])) return;
            }
            else
            {
                if (g.Chance(0.30 - 0.05 * fit)) { End(FunnelOutcome.Rejected, "Did not meet the essential criteria"); return; }
                if (g.Chance(0.03)) { End(FunnelOutcome.Withdrew, "Accepted another job"); return; }
                if (!Enter(FunnelStage.Shortlisted) || !Later(2, 10)) return;
                if (g.Chance(0.05)) { End(FunnelOutcome.Withdrew, "No longer available"); return; }
                if (!Enter(FunnelStage.InvitedToAssessment)) return;
            }
            if (!Later(7, 21)) return;
            if (g.Chance(0.09)) { End(FunnelOutcome.NoShow, "Did not attend the assessment day"); return; }
            Acknowledgements.Add(new ConditionsAcknowledgement
            {
                Id = Guid.CreateVersion7(), CandidateId = candidate.Id, CampaignId = campaign.Id, Version = 1,
                Method = AcknowledgementMethod.OnTheDay, AcknowledgedUtc = day,
            });
            journey.Context = journey.Context with { ConditionsAcknowledged = true };
            if (!Enter(FunnelStage.ConditionsAcknowledged)) return;
            if (g.Chance(0.03)) { End(FunnelOutcome.Withdrew, "The weekend working does not suit"); return; }
            if (campaign.Stages.Contains(FunnelStage.ListeningExercise))
            {
                if (!Enter(FunnelStage.ListeningExercise)) return;
                if (g.Chance(0.12 - 0.04 * fit)) { End(FunnelOutcome.Rejected, "Listening exercise below the pass mark"); return; }
            }
            if (!Enter(FunnelStage.MockCall)) return;
            if (!MockCall()) { End(FunnelOutcome.Rejected, "Mock call: a criterion below the pass mark"); return; }
            if (!Later(0, 2) || !Enter(FunnelStage.Interview)) return;
            if (g.Chance(0.22 - 0.05 * fit)) { End(FunnelOutcome.Rejected, "Interview below the standard"); return; }
            if (!Later(1, 7) || !Enter(FunnelStage.Offered) || !Later(1, 6)) return;
            if (g.Chance(0.07)) { End(FunnelOutcome.DeclinedOffer, "Accepted an offer elsewhere"); return; }
            if (!Enter(FunnelStage.OfferAccepted) || !Later(1, 4) || !Enter(FunnelStage.PreEmploymentChecks) || !Later(14, 45)) return;
            if (g.Chance(0.03)) { End(FunnelOutcome.Rejected, "Pre-employment checks not cleared"); return; }
            if (g.Chance(0.04)) { End(FunnelOutcome.Withdrew, "Personal circumstances changed"); return; }
            if (g.Chance(0.02)) { End(FunnelOutcome.NoShow, "Did not turn up on the first day"); return; }
            Start();
        }

        private void Start()
        {
            var contract = g.Pick(ContractShares);
            day = day.Date; // starts, like workforce records, are known by their date

            Employment = new Employment { CandidateId = candidate.Id, ContractType = contract, UpdatedUtc = day };
            journey.Context = journey.Context with { ContractTypeRecorded = true };
            if (!Enter(FunnelStage.Started)) return;
            var started = day;
            var leaves = started.AddDays(DaysUntilLeaving(contract));
            foreach (var milestone in FunnelStages.EmploymentMilestones)
            {
                var (from, to) = DaysSincePrevious(milestone);
                var next = day.AddDays(g.random.Next(from, to + 1));
                if (next >= leaves || next > g.NowUtc) break;
                day = next;
                if (milestone == FunnelStage.PathwaysExamPassed) Employment.PathwaysExamScore = g.random.Next(72, 99);
                Enter(milestone);
            }
            if (leaves > g.NowUtc) return;
            var reason = LeavingReasonFor((leaves - started).TotalDays);
            Employment.LeavingReason = reason;
            Employment.EsrLeavingReason = EsrReasonFor(reason);
            Employment.UpdatedUtc = leaves;
            day = leaves;
            End(FunnelOutcome.Left, reason.DisplayName());
        }

        /// <summary>How many days after the start or the previous milestone each milestone comes:
        /// a week's induction, then the Pathways course and exam, then supervised practice.</summary>
        private static (int From, int To) DaysSincePrevious(FunnelStage milestone) => milestone switch
        {
            FunnelStage.InductionCompleted => (5, 10),
            FunnelStage.PathwaysExamPassed => (28, 42),
            FunnelStage.SignedOff => (28, 70),
            _ => throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "Not an employment milestone."),
        };

        /// <summary>Leaving has an early spike, the guide's worry, then a slow steady rate; a good fit,
        /// a permanent part-time contract and an internal move all make people stay.</summary>
        private double DaysUntilLeaving(ContractType contract)
        {
            var protection = 0.45 * fit + (contract == ContractType.PartTime ? 0.25 : 0)
                - (candidate.Channel == RecruitmentChannel.Agency ? 0.3 : 0) + (candidate.Channel == RecruitmentChannel.Internal ? 0.3 : 0);
            var earlyRisk = 0.22 * Math.Exp(-protection);
            return g.Chance(earlyRisk)
                ? g.random.Next(3, 84)
                : 84 - Math.Log(1 - g.random.NextDouble()) * 540 * Math.Exp(protection);
        }

        private LeavingReason LeavingReasonFor(double daysInPost) => daysInPost < 84
            ? g.Pick([(LeavingReason.Stress, 3), (LeavingReason.LackOfSupport, 3), (LeavingReason.IllHealth, 1), (LeavingReason.Other, 2),
                (LeavingReason.DidNotCompleteTraining, 2), (LeavingReason.Bullying, 0.5), (LeavingReason.EqualityActProvision, 0.3)])
            : g.Pick([(LeavingReason.Promotion, 2), (LeavingReason.ClinicalTraining, 2), (LeavingReason.OtherNhsRole, 3), (LeavingReason.Stress, 2),
                (LeavingReason.LackOfSupport, 1), (LeavingReason.Relocation, 1.5), (LeavingReason.IllHealth, 1), (LeavingReason.EndOfFixedTerm, 0.5)]);

        /// <summary>What HR would have put in ESR for a leaver who gave this reason at their exit
        /// interview: the coarser official value, often "Other/Not Known" (DOMAIN.md).</summary>
        private static EsrLeavingReason EsrReasonFor(LeavingReason reason) => reason switch
        {
            LeavingReason.Promotion => EsrLeavingReason.VoluntaryResignationPromotion,
            LeavingReason.ClinicalTraining => EsrLeavingReason.VoluntaryResignationFurtherEducationOrTraining,
            LeavingReason.OtherNhsRole => EsrLeavingReason.EmployeeTransfer,
            LeavingReason.Stress => EsrLeavingReason.VoluntaryResignationWorkLifeBalance,
            LeavingReason.IllHealth => EsrLeavingReason.VoluntaryResignationHealth,
            LeavingReason.Bullying => EsrLeavingReason.VoluntaryResignationIncompatibleWorkingRelationships,
            LeavingReason.Relocation => EsrLeavingReason.VoluntaryResignationRelocation,
            LeavingReason.EndOfFixedTerm => EsrLeavingReason.EndOfFixedTermContract,
            _ => EsrLeavingReason.VoluntaryResignationOtherNotKnown,
        };

        /// <summary>Scores 1–5 on each criterion, higher with fit; the call is passed only if every criterion is 3 or more.</summary>
        private bool MockCall()
        {
            foreach (var criterion in Criteria)
            {
                var score = Math.Clamp(Math.Round(3.4 + 0.8 * fit + 0.8 * g.Gaussian()), 1, 5);
                Scores.Add(new MockCallScoreOfRecord
                {
                    CandidateId = candidate.Id, CriterionId = criterion, Score = score, MaximumScore = 5, Passed = score >= 3, ScoredUtc = day,
                });
            }
            return Scores.All(s => s.Passed);
        }

        private bool Later(int fromDays, int toDays)
        {
            day = day.AddDays(g.random.Next(fromDays, toDays + 1)).AddMinutes(g.random.Next(0, 8 * 60));
            return day <= g.NowUtc;
        }

        private bool Enter(FunnelStage stage, string? reason = null, IReadOnlyList<FunnelStage>? skipping = null)
        {
            journey.Apply(StageTransition.Enter(stage, reason, day, skipping));
            return true;
        }

        private void End(FunnelOutcome outcome, string reason) => journey.Apply(StageTransition.End(outcome, reason, day));
    }

    private static readonly (RecruitmentChannel, double)[] ChannelShares =
    [
        (RecruitmentChannel.NhsJobs, 45), (RecruitmentChannel.AmbulanceJobsSite, 15), (RecruitmentChannel.Apprenticeship, 10),
        (RecruitmentChannel.Agency, 10), (RecruitmentChannel.Internal, 12), (RecruitmentChannel.Other, 8),
    ];

    private static readonly (ContractType, double)[] ContractShares =
    [
        (ContractType.FullTime, 50), (ContractType.PartTime, 30), (ContractType.JobShare, 7), (ContractType.FixedTerm, 8), (ContractType.Bank, 5),
    ];

    private EqualityMonitoring Equality(Guid candidateId, DateTime recordedUtc) => new()
    {
        CandidateId = candidateId,
        RecordedUtc = recordedUtc,
        Sex = Maybe(() => Pick([(Sex.Female, 64), (Sex.Male, 33), (Sex.Other, 1), (Sex.PreferNotToSay, 2)])),
        AgeBand = Maybe(() => Pick([(AgeBand.Under25, 24), (AgeBand.From25To34, 30), (AgeBand.From35To44, 20), (AgeBand.From45To54, 15),
            (AgeBand.From55To64, 8), (AgeBand.From65, 1), (AgeBand.PreferNotToSay, 2)])),
        Ethnicity = Maybe(() => Pick([(Ethnicity.White, 78), (Ethnicity.Asian, 9), (Ethnicity.Black, 5), (Ethnicity.Mixed, 3),
            (Ethnicity.Other, 2), (Ethnicity.PreferNotToSay, 3)])),
        Disability = Maybe(() => Pick([(Disability.No, 84), (Disability.Yes, 11), (Disability.PreferNotToSay, 5)])),
        Religion = Maybe(() => Pick([(Religion.NoReligion, 45), (Religion.Christian, 38), (Religion.Muslim, 7), (Religion.Hindu, 2),
            (Religion.Sikh, 1), (Religion.Jewish, 0.5), (Religion.Buddhist, 0.5), (Religion.Other, 2), (Religion.PreferNotToSay, 4)])),
        SexualOrientation = Maybe(() => Pick([(SexualOrientation.Heterosexual, 88), (SexualOrientation.GayOrLesbian, 3),
            (SexualOrientation.Bisexual, 3), (SexualOrientation.Other, 1), (SexualOrientation.PreferNotToSay, 5)])),
    };

    /// <summary>Most answer each question; a few leave it blank.</summary>
    private T? Maybe<T>(Func<T> answer) where T : struct => random.NextDouble() < 0.95 ? answer() : null;

    private bool Chance(double probability) => random.NextDouble() < probability;

    private T Pick<T>((T Value, double Weight)[] choices)
    {
        var roll = random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0) return value;
        }
        return choices[^1].Value;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
