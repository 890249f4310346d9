using System.Net;
using IucRecruit.Core.Candidates;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Messages;

/// <summary>Managers' own wording (an app of its own: the wording is the whole app's).</summary>
public sealed class MessageWordingTests(MailApp app) : IClassFixture<MailApp>
{
    [Fact]
    public async Task A_manager_s_wording_is_refused_naming_an_unknown_placeholder_and_once_saved_is_what_candidates_receive()
    {
        using var manager = await CandidatePagesData.ManagerAsync(app);

        using var refused = await manager.SubmitAsync("/manager/messages", [new("Kind", "CandidateInvitation"),
            new("Subject", "Welcome to {campaign}"), new("Body", "Hi {first_name}, start here: {link} (before {expiry})")]);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Unknown placeholder {expiry}: this message can use {first_name}, {full_name}, {campaign}, {link}, {expires}.",
            refusedHtml, StringComparison.Ordinal);
        // The refused wording stays in the form to be corrected.
        Assert.Contains("(before {expiry})", refusedHtml, StringComparison.Ordinal);

        using var saved = await manager.SubmitAsync("/manager/messages", [new("Kind", "CandidateInvitation"),
            new("Subject", "Welcome to {campaign}"), new("Body", "Hi {first_name}, start here: {link} (before {expires})")]);
        Assert.Contains("Invitation link: saved.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = await CandidatePagesData.CampaignAsync(app, $"Worded {tag}");
        var email = $"w.{tag}@example.com";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var (built, _) = Applicants.Build(await db.Campaigns.SingleAsync(c => c.Id == campaign),
                new ApplicantDetails("Wyn", "Worded", email, RecruitmentChannel.NhsJobs, now), null, null, now);
            await NewCandidates.WriteAsync(db, [built!], default);
        }
        (await manager.SubmitAsync($"/manager/candidates?campaign={campaign}", [new("bulkAction", "Invite"), new("scope", "AllFiltered")],
            $"/manager/candidates?handler=Bulk&campaign={campaign}")).Dispose();

        var mail = Assert.Single(await app.Mail.WaitForAsync(email, 1));
        Assert.Equal($"Welcome to Worded {tag}", mail.Subject);
        Assert.Matches(@"^Hi Wyn, start here: http://recruit\.example/invite/\S+ \(before \w+day \d+ \w+ \d{4}, \d\d:\d\d (GMT|BST)\)$", mail.TextBody!.Trim());

        using var reset = await manager.SubmitAsync("/manager/messages", [new("Kind", "CandidateInvitation"), new("Subject", ""), new("Body", "")],
            "/manager/messages?handler=Reset");
        Assert.Contains("Your assessment for {campaign}", WebUtility.HtmlDecode(await reset.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
