using IucRecruit.Core.Identity;

namespace IucRecruit.Web.Tests.Security;

/// <summary>
/// Who may use each page, handler, endpoint and hub method, written out from the policies
/// (Security/Policies.cs, HubPolicies.cs, the area convention). <see cref="AccessMatrixTests"/> tries
/// every one as every role and as an anonymous visitor; an endpoint missing from this table fails
/// the test, so a new page must say who may use it.
/// </summary>
internal static class AccessMatrix
{
    public const string Anonymous = "Anonymous";

    public static readonly string[] Everyone = [Anonymous, .. Roles.All];
    public static readonly string[] SignedIn = [.. Roles.All];
    public static readonly string[] Staff = [.. Roles.Staff];
    public static readonly string[] Manager = [Roles.RecruitingManager];
    public static readonly string[] Admin = [Roles.Admin];
    public static readonly string[] AdminOrManager = [Roles.Admin, Roles.RecruitingManager];
    public static readonly string[] RecordingReviewers = [Roles.Assessor, Roles.RecruitingManager];
    public static readonly string[] LeadAssessors = [Roles.Assessor, Roles.RecruitingManager];
    public static readonly string[] Candidate = [Roles.Candidate];
    public static readonly string[] Assessor = [Roles.Assessor];
    public static readonly string[] RolePlayer = [Roles.RolePlayer];
    public static readonly string[] CallParticipants = [Roles.Candidate, Roles.RolePlayer, Roles.Assessor];
    public static readonly string[] Speakers = [Roles.Candidate, Roles.RolePlayer];
    public static readonly string[] CallStaff = [Roles.RolePlayer, Roles.Assessor];

    /// <summary>"METHOD /route-pattern" or "METHOD /route-pattern?handler=Name" → who may.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Pages = new Dictionary<string, string[]>
    {
        ["GET /"] = Everyone,
        ["GET /error"] = Everyone,
        ["POST /error"] = Everyone,
        ["ANY /health"] = Everyone,
        ["GET /account/sign-in"] = Everyone,
        ["POST /account/sign-in"] = Everyone,
        ["GET /account/activate"] = Everyone,
        ["POST /account/activate"] = Everyone,
        ["GET /account/access-denied"] = Everyone,
        ["GET /invite/{token}"] = Everyone,
        ["POST /invite/{token}"] = Everyone,
        // The practice call is open to anyone (issue 15, docs/decisions/0068), limited per address.
        ["GET /practice/{campaignId:guid}"] = Everyone,
        ["POST /practice/{campaignId:guid}?handler=Start"] = Everyone,
        ["GET /practice/{campaignId:guid}/{attemptId:guid}"] = Everyone,
        ["POST /practice/{campaignId:guid}/{attemptId:guid}"] = Everyone,
        ["POST /practice/{campaignId:guid}/{attemptId:guid}?handler=Answer"] = Everyone,
        ["GET /practice/clips/{practiceCallId}/{turnId}"] = Everyone,
        ["GET /invite/new-link"] = Everyone,
        ["POST /invite/new-link"] = Everyone,
        ["GET /account/sign-in/code"] = Everyone,
        ["POST /account/sign-in/code"] = Everyone,
        ["POST /account/sign-in/code?handler=Recovery"] = Everyone,
        ["GET /account/two-factor"] = Staff,
        ["POST /account/two-factor"] = Staff,
        ["POST /account/two-factor?handler=RecoveryCodes"] = Staff,
        ["GET /account/keep-alive"] = SignedIn,
        ["GET /https-required"] = Everyone,
        ["POST /https-required"] = Everyone,
        ["GET /account/sign-out"] = SignedIn,
        ["POST /account/sign-out"] = SignedIn,

        ["GET /library"] = AdminOrManager,
        ["GET /library/details/{id}"] = AdminOrManager,
        ["GET /library/details/{id}?handler=Clip"] = AdminOrManager,
        ["POST /library/details/{id}?handler=Retire"] = AdminOrManager,
        ["POST /library/details/{id}?handler=Reactivate"] = AdminOrManager,
        ["GET /privacy"] = AdminOrManager,
        ["GET /privacy/candidates/{id:guid}"] = AdminOrManager,
        ["GET /privacy/candidates/{id:guid}?handler=Export"] = AdminOrManager,
        ["GET /privacy/candidates/{id:guid}/erase"] = AdminOrManager,
        ["POST /privacy/candidates/{id:guid}/erase"] = AdminOrManager,
        ["GET /recordings/{callId:guid}"] = RecordingReviewers,
        ["GET /recordings/{callId:guid}?handler=Audio"] = RecordingReviewers,
        ["GET /recordings/{callId:guid}?handler=Download"] = RecordingReviewers,
        ["GET /diagnostics/calls"] = Admin,
        ["ANY /metrics"] = Admin,
        ["GET /moderation/{callId:guid}"] = LeadAssessors,
        ["POST /moderation/{callId:guid}"] = LeadAssessors,

        ["GET /admin"] = Admin,
        ["GET /admin/staff/invite"] = Admin,
        ["POST /admin/staff/invite"] = Admin,
        ["GET /admin/staff/edit/{id:guid}"] = Admin,
        ["POST /admin/staff/edit/{id:guid}?handler=Roles"] = Admin,
        ["POST /admin/staff/edit/{id:guid}?handler=Unlock"] = Admin,
        ["POST /admin/staff/edit/{id:guid}?handler=ResetLink"] = Admin,
        ["POST /admin/staff/edit/{id:guid}?handler=Deactivate"] = Admin,
        ["POST /admin/staff/edit/{id:guid}?handler=Reactivate"] = Admin,
        ["POST /admin/staff/edit/{id:guid}?handler=ResetTwoFactor"] = Admin,
        ["GET /admin/audit"] = Admin,
        ["GET /admin/data-retention"] = Admin,
        ["GET /admin/cluster"] = Admin,

        ["GET /manager"] = Manager,
        ["GET /manager/funnel"] = Manager,
        ["GET /manager/funnel?handler=Csv"] = Manager,
        ["GET /manager/funnel?handler=Section"] = Manager,
        ["GET /manager/funnel?handler=Xlsx"] = Manager,
        ["GET /manager/campaigns/edit/{id:guid?}"] = Manager,
        ["POST /manager/campaigns/edit/{id:guid?}"] = Manager,
        ["GET /manager/candidates"] = Manager,
        ["GET /manager/candidates?handler=Csv"] = Manager,
        ["GET /manager/candidates?handler=Xlsx"] = Manager,
        ["POST /manager/candidates?handler=Invite"] = Manager,
        ["POST /manager/candidates?handler=Bulk"] = Manager,
        ["GET /manager/candidates/new"] = Manager,
        ["GET /manager/messages"] = Manager,
        ["POST /manager/messages"] = Manager,
        ["POST /manager/messages?handler=Reset"] = Manager,
        ["POST /manager/candidates/new"] = Manager,
        ["GET /manager/candidates/detail/{id:guid}"] = Manager,
        ["GET /manager/candidates/journey/{id:guid}"] = Manager,
        ["POST /manager/candidates/journey/{id:guid}?handler=Move"] = Manager,
        ["POST /manager/candidates/journey/{id:guid}?handler=End"] = Manager,
        ["GET /manager/candidates/employment/{id:guid}"] = Manager,
        ["POST /manager/candidates/employment/{id:guid}?handler=Start"] = Manager,
        ["POST /manager/candidates/employment/{id:guid}?handler=Milestone"] = Manager,
        ["POST /manager/candidates/employment/{id:guid}?handler=Leave"] = Manager,
        ["GET /manager/candidates/conditions/{id:guid}"] = Manager,
        ["POST /manager/candidates/conditions/{id:guid}?handler=Acknowledge"] = Manager,
        ["GET /manager/candidates/adjustments/{id:guid}"] = Manager,
        ["POST /manager/candidates/adjustments/{id:guid}"] = Manager,
        ["GET /manager/candidates/contact/{id:guid}"] = Manager,
        ["POST /manager/candidates/contact/{id:guid}"] = Manager,
        ["GET /manager/listening"] = Manager,
        ["GET /manager/listening/details/{id:guid}"] = Manager,
        ["GET /manager/assessment-days"] = Manager,
        ["POST /manager/assessment-days"] = Manager,
        ["GET /manager/assessment-days/day/{id:guid}"] = Manager,
        ["POST /manager/assessment-days/day/{id:guid}"] = Manager,
        ["POST /manager/assessment-days/day/{id:guid}?handler=NoShow"] = Manager,
        ["GET /manager/import/applicants"] = Manager,
        ["POST /manager/import/applicants"] = Manager,
        ["GET /manager/import/workforce"] = Manager,
        ["POST /manager/import/workforce"] = Manager,
        ["GET /manager/results"] = Manager,
        ["GET /manager/results/{id:guid}"] = Manager,
        ["POST /manager/results/{id:guid}?handler=Feedback"] = Manager,
        ["POST /manager/results/{id:guid}?handler=Publish"] = Manager,
        ["POST /manager/results/{id:guid}?handler=MoveFunnel"] = Manager,
        ["GET /manager/calibration"] = Manager,
        ["POST /manager/calibration"] = Manager,
        ["GET /manager/calibration/{id:guid}"] = Manager,
        ["POST /manager/calibration/{id:guid}?handler=Add"] = Manager,
        ["POST /manager/calibration/{id:guid}?handler=Assign"] = Manager,
        ["POST /manager/calibration/{id:guid}?handler=Reference"] = Manager,
        ["GET /manager/calibration/{id:guid}/report"] = Manager,

        ["GET /assessor"] = Assessor,
        ["GET /assessor/calls/{id:guid}"] = Assessor,
        ["GET /assessor/calls/{id:guid}/score"] = Assessor,
        ["POST /assessor/calls/{id:guid}/score"] = Assessor,
        ["POST /assessor/calls/{id:guid}/score?handler=Feedback"] = Assessor,
        ["GET /assessor/calibration/{itemId:guid}"] = Assessor,
        ["POST /assessor/calibration/{itemId:guid}"] = Assessor,
        ["GET /staff-record"] = CallStaff,
        ["GET /staff-record?handler=Csv"] = CallStaff,
        ["GET /manager/staff-records"] = Manager,
        ["GET /role-player"] = RolePlayer,
        ["GET /role-player/calls/{id:guid}"] = RolePlayer,
        ["GET /candidate"] = Candidate,
        ["POST /candidate?handler=Acknowledge"] = Candidate,
        ["GET /candidate/listening"] = Candidate,
        ["POST /candidate/listening?handler=Start"] = Candidate,
        ["POST /candidate/listening?handler=Play"] = Candidate,
        ["POST /candidate/listening?handler=HandIn"] = Candidate,
        ["GET /candidate/calls/{id:guid}"] = Candidate,
        ["POST /candidate/calls/{id:guid}?handler=Consent"] = Candidate,
        ["GET /candidate/feedback"] = Candidate,
        ["GET /candidate/equality"] = Candidate,
        ["POST /candidate/equality"] = Candidate,

        // The call hub's HTTP endpoints: reaching them at all needs a call participant's role.
        ["ANY /hubs/call/negotiate"] = CallParticipants,
        ["ANY /hubs/call"] = CallParticipants,
    };

    /// <summary>CallHub method → who may call it (HubPolicies on each method).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> HubMethods = new Dictionary<string, string[]>
    {
        ["JoinCall"] = CallParticipants,
        ["Ring"] = RolePlayer,
        ["Answer"] = Candidate,
        ["PlayClip"] = RolePlayer,
        ["SetMuted"] = Speakers,
        ["UpdateRecordField"] = Candidate,
        ["EndCall"] = Speakers,
        ["SendAudio"] = Speakers,
        ["NoteEvidence"] = Assessor,
    };
}
