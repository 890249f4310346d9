using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Scenarios;
using IucRecruit.Web.Features.Calls;

namespace IucRecruit.Web.Areas.RolePlayer.Pages.Calls;

/// <summary>The role-player's console: ring, speak, play clips at the right moments, mute and end,
/// with the caller's persona, the patient's facts and the script beside them.</summary>
public sealed class IndexModel(RecruitmentDbContext db, ScenarioVersionArchive scenarios, AccessAudit audit)
    : StaffCallPage(db, scenarios, audit)
{
    protected override bool IsAssigned(MockCall mockCall, Guid userId) => mockCall.RolePlayerUserId == userId;
}
