using System.Net;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Security;

/// <summary>Each role reaches its own area and is refused every other role's area.</summary>
public sealed class RolePolicyTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    public static TheoryData<string> StaffRoles => [.. Roles.Staff];

    [Theory]
    [MemberData(nameof(StaffRoles))]
    public async Task A_staff_member_reaches_only_their_own_area(string role)
    {
        using var client = app.CreatePageClient();
        var account = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role);
        Assert.Equal("/", await client.SignInAsync(account.Email, RecruitmentApp.Password));

        await AssertOnlyOwnAreaAsync(client, role);
    }

    [Fact]
    public async Task A_candidate_reaches_only_the_candidate_area()
    {
        using var client = app.CreatePageClient();
        var token = await app.InviteAsync(app.Demo.InvitedCandidate.Id);
        using (var redeemed = await client.SubmitAsync($"/invite/{token}", []))
        {
            Assert.Equal("/candidate", redeemed.Headers.Location?.OriginalString);
        }

        await AssertOnlyOwnAreaAsync(client, Roles.Candidate);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_every_area()
    {
        using var client = app.CreatePageClient();
        foreach (var role in Roles.All)
        {
            using var response = await client.GetAsync(Roles.HomePath(role));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_person_with_two_roles_chooses_between_them_and_reaches_both()
    {
        using var client = app.CreatePageClient();
        await app.AddStaffAsync("dual@demo.iucrecruit.test", Roles.RolePlayer, Roles.Assessor);
        Assert.Equal("/", await client.SignInAsync("dual@demo.iucrecruit.test", RecruitmentApp.Password));

        var home = await client.GetPageAsync("/");
        Assert.Contains("href=\"/role-player\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/assessor\"", home, StringComparison.Ordinal);
        using var rolePlayer = await client.GetAsync("/role-player");
        using var assessor = await client.GetAsync("/assessor");
        using var manager = await client.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.OK, rolePlayer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, assessor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, manager.StatusCode);
    }

    private static async Task AssertOnlyOwnAreaAsync(PageClient client, string role)
    {
        using (var home = await client.GetAsync("/"))
        {
            Assert.Equal(Roles.HomePath(role), home.Headers.Location?.OriginalString);
        }
        foreach (var other in Roles.All)
        {
            using var response = await client.GetAsync(Roles.HomePath(other));
            if (other == role)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
            }
        }
    }
}
