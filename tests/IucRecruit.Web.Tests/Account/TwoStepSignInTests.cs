using System.Net;
using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Account;

/// <summary>Two-step sign-in for staff (issue 16): required for administrators and recruiting
/// managers, set up with an authenticator app whose codes this test computes itself (<see cref="Totp"/>),
/// recovery codes that work once, and an administrator's reset.</summary>
public sealed partial class TwoStepSignInTests(TwoStepSignInTests.RequiredApp app) : IClassFixture<TwoStepSignInTests.RequiredApp>
{
    /// <summary>The product's default: Security:RequireMfaForRoles = Admin,RecruitingManager.</summary>
    public sealed class RequiredApp : RecruitmentApp
    {
        protected override IReadOnlyDictionary<string, string> Settings =>
            new Dictionary<string, string> { ["Security:RequireMfaForRoles"] = "Admin,RecruitingManager" };
    }

    [Fact]
    public async Task A_manager_without_two_step_sign_in_is_sent_to_set_it_up_and_sees_the_key_and_a_qr_code()
    {
        await app.AddStaffAsync("new-manager@demo.iucrecruit.test", Roles.RecruitingManager);
        using var client = app.CreatePageClient();
        Assert.Equal("/", await client.SignInAsync("new-manager@demo.iucrecruit.test", RecruitmentApp.Password));

        using var manager = await client.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.Redirect, manager.StatusCode);
        Assert.Equal("/account/two-factor?required=true", manager.Headers.Location?.OriginalString);
        using var post = await client.SubmitAsync("/account/two-factor", [], postUrl: "/manager/candidates");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        var page = WebUtility.HtmlDecode(await client.GetPageAsync("/account/two-factor?required=true"));
        Assert.Contains("Your role needs two-step sign-in", page, StringComparison.Ordinal);
        Assert.Matches("<img class=\"qr-code\" src=\"data:image/png;base64,[A-Za-z0-9+/=]{200,}\"", page);
        var key = KeyOn(page);
        Assert.Matches("^[a-z2-7]{32}$", key);
        Assert.Contains($"otpauth://totp/IucRecruit:new-manager%40demo.iucrecruit.test?secret={key.ToUpperInvariant()}&issuer=IucRecruit", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_computed_from_the_shown_key_turns_it_on_and_is_then_asked_for_at_every_sign_in()
    {
        await app.AddStaffAsync("enrolling@demo.iucrecruit.test", Roles.RecruitingManager);
        using var client = app.CreatePageClient();
        await client.SignInAsync("enrolling@demo.iucrecruit.test", RecruitmentApp.Password);
        var (key, recoveryCodes) = await SetUpAsync(client);

        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(10, recoveryCodes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/manager")).StatusCode);

        using var again = app.CreatePageClient();
        Assert.Equal("/account/sign-in/code?ReturnUrl=%2Fmanager", await SignInAsync(again, "enrolling@demo.iucrecruit.test", "/manager"));
        using (var notYet = await again.GetAsync("/manager"))
        {
            Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
            Assert.Contains("/account/sign-in?ReturnUrl=", notYet.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        using (var wrong = await again.SubmitAsync("/account/sign-in/code", [new("Code", "000000"), new("ReturnUrl", "/manager")]))
        {
            Assert.Contains("The code is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var right = await again.SubmitAsync("/account/sign-in/code",
            [new("Code", Totp.Code(key, DateTimeOffset.UtcNow)), new("ReturnUrl", "/manager")]);
        Assert.Equal("/manager", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/manager")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await app.AddStaffAsync("lost-phone@demo.iucrecruit.test", Roles.Admin);
        IReadOnlyList<string> codes;
        using (var first = app.CreatePageClient())
        {
            await first.SignInAsync("lost-phone@demo.iucrecruit.test", RecruitmentApp.Password);
            (_, codes) = await SetUpAsync(first);
        }

        Assert.Equal("/admin", await RecoverAsync(codes[0]));
        Assert.Equal("That recovery code is not right, or it has been used.", await RecoverAsync(codes[0]));
        Assert.Equal("/admin", await RecoverAsync(codes[1]));

        async Task<string?> RecoverAsync(string code)
        {
            using var client = app.CreatePageClient();
            await SignInAsync(client, "lost-phone@demo.iucrecruit.test", "/admin");
            using var response = await client.SubmitAsync("/account/sign-in/code?recovery=true",
                [new("Code", code), new("ReturnUrl", "/admin")], postUrl: "/account/sign-in/code?handler=Recovery");
            if (response.StatusCode == HttpStatusCode.Redirect) return response.Headers.Location?.OriginalString;
            return FieldError().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value.Trim();
        }
    }

    [Fact]
    public async Task An_administrator_resets_it_which_ends_the_sessions_and_asks_for_set_up_again()
    {
        var user = await app.AddStaffAsync("reset-me@demo.iucrecruit.test", Roles.RecruitingManager);
        using var person = app.CreatePageClient();
        await person.SignInAsync("reset-me@demo.iucrecruit.test", RecruitmentApp.Password);
        await SetUpAsync(person);
        await app.AddStaffAsync("resetting-admin@demo.iucrecruit.test", Roles.Admin);
        using var admin = app.CreatePageClient();
        await admin.SignInAsync("resetting-admin@demo.iucrecruit.test", RecruitmentApp.Password);
        await SetUpAsync(admin);

        using var reset = await admin.SubmitAsync($"/admin/staff/edit/{user.Id}", [], postUrl: $"/admin/staff/edit/{user.Id}?handler=ResetTwoFactor");
        Assert.Contains("Two-step sign-in reset.", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audited = await app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().AccessAuditEntries
            .Where(e => e.StaffUserId == user.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([AccessAction.ResetStaffTwoFactor], audited);

        using (var ended = await person.GetAsync("/manager"))
        {
            Assert.Contains("/account/sign-in?ReturnUrl=", ended.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        using var again = app.CreatePageClient();
        Assert.Equal("/", await again.SignInAsync("reset-me@demo.iucrecruit.test", RecruitmentApp.Password));
        using var manager = await again.GetAsync("/manager");
        Assert.Equal("/account/two-factor?required=true", manager.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_new_password_from_an_activation_link_does_not_skip_the_code()
    {
        var user = await app.AddStaffAsync("forgot-password@demo.iucrecruit.test", Roles.RecruitingManager);
        string key;
        using (var before = app.CreatePageClient())
        {
            await before.SignInAsync("forgot-password@demo.iucrecruit.test", RecruitmentApp.Password);
            (key, _) = await SetUpAsync(before);
        }
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As an administrator's "new password link" does (StaffDirectory), for the account as it is now.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(user.Id.ToString()))!);
        }
        using var client = app.CreatePageClient();
        var link = $"/account/activate?user={user.Id}&token={Uri.EscapeDataString(token)}";

        using var activated = await client.SubmitAsync(link, [new("Password", "New-Password-2026!"), new("ConfirmPassword", "New-Password-2026!")]);

        Assert.Equal("/account/sign-in", activated.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/manager")).StatusCode);
        using var password = await client.SubmitAsync("/account/sign-in",
            [new("Email", "forgot-password@demo.iucrecruit.test"), new("Password", "New-Password-2026!")]);
        Assert.StartsWith("/account/sign-in/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var code = await client.SubmitAsync("/account/sign-in/code", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        Assert.Equal("/", code.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Roles_that_do_not_require_it_are_not_sent_to_set_it_up()
    {
        using var client = app.CreatePageClient();
        await client.SignInAsync("assessor@demo.iucrecruit.test", RecruitmentApp.Password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/assessor")).StatusCode);
    }

    /// <summary>Reads the key off the set-up page, types the code an authenticator app would show,
    /// and returns the key and the recovery codes shown once.</summary>
    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> SetUpAsync(PageClient client)
    {
        var key = KeyOn(await client.GetPageAsync("/account/two-factor"));
        using var response = await client.SubmitAsync("/account/two-factor", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Save your recovery codes", html, StringComparison.Ordinal);
        return (key, RecoveryCode().Matches(html).Select(m => m.Groups[1].Value).ToList());
    }

    private static async Task<string?> SignInAsync(PageClient client, string email, string returnUrl)
    {
        using var response = await client.SubmitAsync("/account/sign-in",
            [new("Email", email), new("Password", RecruitmentApp.Password), new("ReturnUrl", returnUrl)]);
        return response.Headers.Location?.OriginalString;
    }

    private static string KeyOn(string page) => SharedKey().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

    [GeneratedRegex("<code class=\"shared-key\" id=\"shared-key\">([a-z2-7 ]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("<span class=\"field-error[^\"]*\"[^>]*>([^<]+)</span>")]
    private static partial Regex FieldError();
}
