using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Scenarios;
using IucRecruit.Web.Features.Calls;

namespace IucRecruit.Web.Areas.Assessor.Pages.Calls;

/// <summary>Listening in: both sides of the call, silently, with the candidate's call record as
/// they type it and what the scenario expects.</summary>
public sealed class IndexModel(RecruitmentDbContext db, ScenarioVersionArchive scenarios, AccessAudit audit)
    : StaffCallPage(db, scenarios, audit)
{
    protected override bool IsAssigned(MockCall mockCall, Guid userId) => mockCall.IsAssessor(userId);
}
