using IucRecruit.Core.Candidates;
using IucRecruit.Data;
using IucRecruit.Testing;
using Microsoft.Extensions.DependencyInjection;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;

namespace IucRecruit.Web.Tests.Listening;

/// <summary>A fresh candidate in the demo campaign, signed in through their invitation link, so that
/// each test has a candidate of its own.</summary>
internal static class CandidateSessions
{
    public static async Task<(CandidateRecord Candidate, PageClient Client)> SignInNewCandidateAsync(
        this RecruitmentApp app, int extraTimePercent = 0, bool restBreaks = false)
    {
        var candidate = new CandidateRecord
        {
            Id = Guid.CreateVersion7(), CampaignId = app.Demo.Campaign.Id, GivenName = "Test", FamilyName = $"Candidate {Guid.NewGuid():N}"[..20],
            Email = $"{Guid.NewGuid():N}@example.com", Channel = RecruitmentChannel.NhsJobs, CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
            ExtraTimePercent = extraTimePercent, RestBreaks = restBreaks,
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            db.Candidates.Add(candidate);
            await db.SaveChangesAsync();
        }
        var client = app.CreatePageClient();
        var token = await app.InviteAsync(candidate.Id);
        using var redeemed = await client.SubmitAsync($"/invite/{token}", []);
        Assert.Equal("/candidate", redeemed.Headers.Location?.OriginalString);
        return (candidate, client);
    }
}
