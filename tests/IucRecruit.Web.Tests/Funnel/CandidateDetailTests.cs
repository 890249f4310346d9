using System.Net;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Funnel;

/// <summary>A manager moves one of the demo campaign's applicants through the funnel on the
/// candidate's page, and is told why when a change is not allowed.</summary>
public sealed class CandidateDetailTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private T Query<T>(Func<RecruitmentDbContext, T> read) => app.WithScope(s => read(s.GetRequiredService<RecruitmentDbContext>()));

    [Fact]
    public async Task A_manager_moves_a_candidate_to_a_start_and_a_leaver_and_refusals_say_why()
    {
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        var id = Query(db => db.Candidates.Where(c => c.CampaignId == app.Demo.Campaign.Id).OrderBy(c => c.FamilyName).Select(c => c.Id).First());
        var page = $"/manager/candidates/detail/{id}";
        // Each form is sent to the page for what the manager is doing.
        async Task<string> PostAsync(string handler, params (string, string)[] fields)
        {
            var target = handler switch { "Move" => "journey", "Acknowledge" => "conditions", _ => "employment" };
            using var response = await manager.SubmitAsync(page, fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)),
                $"/manager/candidates/{target}/{id}?handler={handler}");
            return response.StatusCode == HttpStatusCode.Redirect ? "moved" : await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("Record Shortlisted first, or skip it with a reason", await PostAsync("Move", ("stage", "InvitedToAssessment")), StringComparison.Ordinal);
        Assert.Equal("moved", await PostAsync("Move", ("stage", "InvitedToAssessment"), ("skipBetween", "true"), ("reason", "Internal transfer")));
        Assert.Contains("Record the candidate&#x27;s acknowledgement of the working conditions",
            await PostAsync("Move", ("stage", "ConditionsAcknowledged")), StringComparison.Ordinal);
        Assert.Equal("moved", await PostAsync("Acknowledge", ("method", "OnTheDay"), ("version", "1")));
        // The acknowledgement itself entered its stage (decision 0060).
        Assert.Equal(FunnelStage.ConditionsAcknowledged, Query(db => db.CandidateProgress.Single(p => p.CandidateId == id).CurrentStage));
        foreach (var stage in new[] { "ListeningExercise", "MockCall", "Interview", "Offered", "OfferAccepted", "PreEmploymentChecks" })
            Assert.Equal("moved", await PostAsync("Move", ("stage", stage)));
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("moved", await PostAsync("Start", ("date", today), ("contractType", "JobShare")));
        app.Clock.Advance(TimeSpan.FromDays(20));
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password); // the sign-in of 20 days ago has expired
        var later = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("moved", await PostAsync("Leave", ("date", later), ("leavingReason", "Bullying"), ("notes", "Raised at exit interview")));

        var html = await manager.GetPageAsync(page);
        Assert.Contains("Shortlisted (skipped)", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Exit interview reason</dt><dd>Bullying: Raised at exit interview", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Kind of leaver</dt><dd>Negative</dd>", html, StringComparison.Ordinal);
        Assert.Equal(FunnelOutcome.Left, Query(db => db.CandidateProgress.Single(p => p.CandidateId == id).Outcome));
        var starter = Query(db => db.Starters.Single(s => s.CandidateId == id));
        Assert.Equal((ContractType.JobShare, 20), (starter.ContractType!.Value, starter.DaysInPost!.Value));
        Assert.Equal(AcknowledgementMethod.OnTheDay, Query(db => db.ConditionsAcknowledgements.Single(a => a.CandidateId == id).Method));
    }

    [Fact]
    public async Task Adjustments_and_flexible_working_preferences_are_recorded()
    {
        using var manager = app.CreatePageClient();
        await manager.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        var id = Query(db => db.Candidates.Where(c => c.CampaignId == app.Demo.Campaign.Id).OrderBy(c => c.FamilyName).Select(c => c.Id).Skip(1).First());
        var page = $"/manager/candidates/detail/{id}";

        using var saved = await manager.SubmitAsync(page,
            [new("extraTimePercent", "25"), new("restBreaks", "true"), new("adjustmentNotes", "Dyslexia: more time to read"),
             new("preferredContractTypes", "PartTime"), new("preferredContractTypes", "JobShare"), new("flexibleWorkingNotes", "School hours")],
            $"/manager/candidates/adjustments/{id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var candidate = Query(db => db.Candidates.AsNoTracking().Single(c => c.Id == id));
        Assert.Equal((25, true, "Dyslexia: more time to read", "School hours"),
            (candidate.ExtraTimePercent, candidate.RestBreaks, candidate.AdjustmentNotes, candidate.FlexibleWorkingNotes));
        Assert.Equal([ContractType.PartTime, ContractType.JobShare], candidate.PreferredContractTypes);
    }
}
