using System.Net;
using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Messages;
using IucRecruit.Data;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Admin;

/// <summary>An administrator invites staff and assigns roles; the new member of staff sets a
/// password through a single-use link, emailed through the outbox to a real SMTP server on
/// loopback, and lands in their role's area.</summary>
public sealed partial class StaffInvitationTests(MailApp app) : IClassFixture<MailApp>
{
    [Fact]
    public async Task An_invited_member_of_staff_sets_a_password_once_and_reaches_their_areas()
    {
        using var admin = app.CreatePageClient();
        await admin.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);
        using var invited = await admin.SubmitAsync("/admin/staff/invite",
        [
            new("DisplayName", "Jo Bloggs"), new("Email", "jo.bloggs@demo.iucrecruit.test"),
            new("SelectedRoles", Roles.RolePlayer), new("SelectedRoles", Roles.Assessor),
        ]);
        var page = await invited.Content.ReadAsStringAsync();
        Assert.Contains("An email with their activation link is on its way to jo.bloggs@demo.iucrecruit.test", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"activation-link\"", page, StringComparison.Ordinal);

        var email = Assert.Single(await app.Mail.WaitForAsync("jo.bloggs@demo.iucrecruit.test", 1));
        Assert.Equal("Your IucRecruit staff account", email.Subject);
        Assert.Contains("Hello Jo Bloggs,", email.TextBody, StringComparison.Ordinal);
        var link = new Uri(MailedLink().Match(email.TextBody ?? "").Value);
        Assert.Equal("/account/activate", link.AbsolutePath);

        using var newcomer = app.CreatePageClient();
        using (var weak = await newcomer.SubmitAsync(link.PathAndQuery, [new("Password", "short"), new("ConfirmPassword", "short")]))
        {
            Assert.Contains("Passwords must be at least 12 characters", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var set = await newcomer.SubmitAsync(link.PathAndQuery,
                   [new("Password", "A-Good-Pass-2026"), new("ConfirmPassword", "A-Good-Pass-2026")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }
        using (var assessor = await newcomer.GetAsync("/assessor"))
        {
            Assert.Equal(HttpStatusCode.OK, assessor.StatusCode);
        }

        using var reuse = await app.CreatePageClient().GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, reuse.StatusCode);
        using var fresh = app.CreatePageClient();
        Assert.Equal("/", await fresh.SignInAsync("jo.bloggs@demo.iucrecruit.test", "A-Good-Pass-2026"));
    }

    [Fact]
    public async Task Inviting_needs_a_role_and_an_unused_email_address()
    {
        using var admin = app.CreatePageClient();
        await admin.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);

        using var response = await admin.SubmitAsync("/admin/staff/invite",
            [new("DisplayName", "Dup"), new("Email", "manager@demo.iucrecruit.test")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Choose at least one role", html, StringComparison.Ordinal);
        Assert.DoesNotContain("has been invited", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_role_ends_the_session_and_the_next_sign_in_has_only_the_roles_left()
    {
        var user = await app.AddStaffAsync("demoted@demo.iucrecruit.test", Roles.RecruitingManager, Roles.Assessor);
        using var person = app.CreatePageClient();
        await person.SignInAsync("demoted@demo.iucrecruit.test", RecruitmentApp.Password);
        using (var before = await person.GetAsync("/manager")) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var admin = app.CreatePageClient();
        await admin.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);
        (await admin.SubmitAsync($"/admin/staff/edit/{user.Id}", [new("SelectedRoles", Roles.Assessor)],
            postUrl: $"/admin/staff/edit/{user.Id}?handler=Roles")).Dispose();

        using var after = await person.GetAsync("/assessor");
        Assert.Contains("/account/sign-in", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await person.SignInAsync("demoted@demo.iucrecruit.test", RecruitmentApp.Password);
        using var still = await person.GetAsync("/assessor");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        using var gone = await person.GetAsync("/manager");
        Assert.Contains("access-denied", gone.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://recruit\.example/\S+")]
    private static partial Regex MailedLink();
}

/// <summary>With no mail provider the administrator is given the link to pass on, and the email
/// waits in the outbox.</summary>
public sealed partial class StaffInvitationWithoutMailTests(StaffInvitationWithoutMailTests.NoMailApp app)
    : IClassFixture<StaffInvitationWithoutMailTests.NoMailApp>
{
    public sealed class NoMailApp : RecruitmentApp
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Messages:Provider"] = "None" };
    }

    [Fact]
    public async Task The_administrator_is_shown_the_link_and_it_activates_the_account()
    {
        using var admin = app.CreatePageClient();
        await admin.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);
        using var invited = await admin.SubmitAsync("/admin/staff/invite",
            [new("DisplayName", "Sam Hand"), new("Email", "sam.hand@demo.iucrecruit.test"), new("SelectedRoles", Roles.Assessor)]);
        var link = new Uri(LinkValue().Match(await invited.Content.ReadAsStringAsync()).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal));

        using var newcomer = app.CreatePageClient();
        using (var set = await newcomer.SubmitAsync(link.PathAndQuery,
                   [new("Password", "A-Good-Pass-2026"), new("ConfirmPassword", "A-Good-Pass-2026")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }
        Assert.Equal("/", await app.CreatePageClient().SignInAsync("sam.hand@demo.iucrecruit.test", "A-Good-Pass-2026"));

        await using var scope = app.Services.CreateAsyncScope();
        var waiting = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().OutboxMessages
            .Where(m => m.Recipient == "sam.hand@demo.iucrecruit.test").Select(m => new { m.Kind, m.SentUtc }).SingleAsync();
        Assert.Equal((MessageKind.StaffInvitation, (DateTime?)null), (waiting.Kind, waiting.SentUtc));
    }

    [GeneratedRegex("id=\"activation-link\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex LinkValue();
}
