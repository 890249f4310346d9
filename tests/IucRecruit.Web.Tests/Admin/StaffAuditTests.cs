using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Admin;

/// <summary>An administrator's changes to staff accounts go into the access audit, not only the
/// application log: who changed whose account, how, and when.</summary>
public sealed class StaffAuditTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task Each_invitation_role_change_deactivation_reactivation_and_unlock_is_an_audit_entry()
    {
        using var admin = app.CreatePageClient();
        await admin.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);
        var adminId = await app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().Users
            .Where(u => u.UserName == "admin@demo.iucrecruit.test").Select(u => u.Id).SingleAsync());

        (await admin.SubmitAsync("/admin/staff/invite",
        [
            new("DisplayName", "Kim Audit"), new("Email", "kim.audit@demo.iucrecruit.test"), new("SelectedRoles", Roles.RolePlayer),
        ])).Dispose();
        var kim = await app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().Users
            .Where(u => u.UserName == "kim.audit@demo.iucrecruit.test").Select(u => u.Id).SingleAsync());
        var edit = $"/admin/staff/edit/{kim}";
        async Task PostAsync(string handler, params KeyValuePair<string, string>[] fields) =>
            (await admin.SubmitAsync(edit, fields, postUrl: $"{edit}?handler={handler}")).Dispose();

        await PostAsync("Roles", new("SelectedRoles", Roles.Assessor), new("SelectedRoles", Roles.RolePlayer));
        await PostAsync("Deactivate");
        await PostAsync("Reactivate");
        await LockOutAsync(kim);
        await PostAsync("Unlock");

        var entries = await app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().AccessAuditEntries
            .Where(e => e.StaffUserId == kim).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(
            [
                (AccessAction.InvitedStaff, "kim.audit@demo.iucrecruit.test, roles: RolePlayer"),
                (AccessAction.ChangedStaffRoles, "Roles now: Assessor, RolePlayer"),
                (AccessAction.DeactivatedStaff, null),
                (AccessAction.ReactivatedStaff, null),
                (AccessAction.UnlockedStaff, null),
            ],
            entries.Select(e => (e.Action, e.Detail)));
        Assert.All(entries, e => Assert.Equal((adminId, (Guid?)null), (e.UserId!.Value, e.CandidateId)));

        var log = System.Net.WebUtility.HtmlDecode(await admin.GetPageAsync($"/admin/audit?what={AccessAction.ChangedStaffRoles}"));
        Assert.Contains("Changed a member of staff's roles", log, StringComparison.Ordinal);
        Assert.Contains("Kim Audit", log, StringComparison.Ordinal);
        Assert.Contains("Roles now: Assessor, RolePlayer", log, StringComparison.Ordinal);
    }

    private async Task LockOutAsync(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId.ToString());
        await users.SetLockoutEndDateAsync(user!, app.Clock.GetUtcNow().AddMinutes(15));
    }
}
