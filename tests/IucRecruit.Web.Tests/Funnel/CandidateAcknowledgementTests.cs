using System.Net;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Funnel;

public sealed class CandidateAcknowledgementTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_candidate_confirms_in_writing_that_they_read_the_working_conditions_shown()
    {
        // A new applicant: the demo's invited candidate acknowledged the conditions on the day.
        var candidateId = await EndedCalls.NewCandidateAsync(app, atListening: false);
        var token = await app.InviteAsync(candidateId);
        using var client = app.CreatePageClient();
        (await client.SubmitAsync($"/invite/{token}", [])).Dispose();
        Assert.Contains("I have read the working conditions", await client.GetPageAsync("/candidate"), StringComparison.Ordinal);

        using var confirmed = await client.SubmitAsync("/candidate", [], "/candidate?handler=Acknowledge");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("that you have read these working conditions", await client.GetPageAsync("/candidate"), StringComparison.Ordinal);
        var acknowledgement = app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().ConditionsAcknowledgements.Single(a => a.CandidateId == candidateId));
        Assert.Equal((AcknowledgementMethod.InWriting, 1, (Guid?)null), (acknowledgement.Method, acknowledgement.Version, acknowledgement.RecordedByUserId));
    }
}
