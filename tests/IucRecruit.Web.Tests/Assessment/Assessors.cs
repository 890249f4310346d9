using IucRecruit.Core.Identity;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>A new member of staff, signed in: tests of blind scoring need assessors of their own.</summary>
internal sealed record StaffMember(Guid Id, string Name, PageClient Page) : IDisposable
{
    public static async Task<StaffMember> NewAsync(RecruitmentApp app, string role = Roles.Assessor)
    {
        var user = await app.AddStaffAsync($"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@demo.iucrecruit.test", role);
        var page = app.CreatePageClient();
        await page.SignInAsync(user.Email!, RecruitmentApp.Password);
        return new StaffMember(user.Id, user.DisplayName, page);
    }

    public void Dispose() => Page.Dispose();
}

/// <summary>The scoring form's fields for the back-pain scenario's five criteria.</summary>
internal static class Ratings
{
    public static IEnumerable<KeyValuePair<string, string>> Form(int accuracy, int empathy, int handling, int listening, int safetyNetting,
        params string[] criticalFails) =>
        new Dictionary<string, int> { ["accuracy"] = accuracy, ["empathy"] = empathy, ["call-handling"] = handling, ["listening"] = listening, ["safety-netting"] = safetyNetting }
            .Select(r => KeyValuePair.Create($"Ratings[{r.Key}]", r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(criticalFails.Select(c => KeyValuePair.Create("CriticalFails", c)));
}
