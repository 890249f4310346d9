using IucRecruit.Core.Identity;
using IucRecruit.Core.Time;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Demo;

namespace IucRecruit.Web.Hosting;

/// <summary>What a new user reads in the terminal after the run command: where the product is and
/// how to sign in as each role. Written to standard output, not the log, so that it stays readable
/// whatever the log format.</summary>
public static class DemoBanner
{
    public static void Print(TextWriter output, string baseUrl, string password, DemoData data, string? invitationToken,
        MockCall? call, IReadOnlyList<string> rolesRequiringMfa, string mailInboxUrl)
    {
        var url = baseUrl.TrimEnd('/');
        output.WriteLine();
        output.WriteLine("================================================================================");
        output.WriteLine($" IucRecruit (demo) is running at {url}");
        output.WriteLine("================================================================================");
        output.WriteLine($" Staff sign in at {url}/account/sign-in with password: {password}");
        foreach (var account in DemoDataSeeder.StaffAccounts)
        {
            output.WriteLine($"   {Roles.DisplayName(account.Role),-20} {account.Email}");
        }
        if (rolesRequiringMfa.Count == 0)
        {
            output.WriteLine(" Two-step sign-in is not required in the demo (Security:RequireMfaForRoles is empty in");
            output.WriteLine(" appsettings.Demo.json; outside the demo administrators and recruiting managers need it).");
            output.WriteLine($" Try it at {url}/account/two-factor.");
        }
        else
        {
            output.WriteLine($" Two-step sign-in is required for: {string.Join(", ", rolesRequiringMfa.Select(Roles.DisplayName))}.");
            output.WriteLine(" Their first sign-in asks them to set up an authenticator app.");
        }
        output.WriteLine();
        if (invitationToken is null)
        {
            output.WriteLine(" The demo candidate's personal data was erased, so no invitation link or mock call is");
            output.WriteLine(" made for them (erasure is final). Delete the data folder to start the demo again.");
        }
        else
        {
            output.WriteLine($" Candidate ({data.InvitedCandidate.FullName}): open this single-use invitation link");
            output.WriteLine($"   {url}/invite/{invitationToken}");
            output.WriteLine("   (a new link is printed at every start)");
        }
        output.WriteLine();
        if (call is not null)
        {
            output.WriteLine($" Try a live mock call: the candidate has one booked {UkTime.ShortDay(call.SlotStartUtc)}, {UkTime.Slot(call.SlotStartUtc, call.SlotEndUtc)}");
            output.WriteLine($" (UK time, {UkTime.ZoneName(call.SlotStartUtc)}). Open the link above in one browser window, and sign in as the");
            output.WriteLine(" role-player and the assessor in two private windows; afterwards the assessor scores it.");
        }
        output.WriteLine();
        output.WriteLine($" Try the job: anyone can take a practice call for the {data.Campaign.Name} campaign, no sign-in:");
        output.WriteLine($"   {url}/practice/{data.Campaign.Id}");
        output.WriteLine();
        if (mailInboxUrl.Length > 0)
        {
            output.WriteLine($" Messages the demo sends (invitations, booking confirmations with their calendar file,");
            output.WriteLine($" new links) arrive in the mail inbox at {mailInboxUrl}");
            output.WriteLine();
        }
        output.WriteLine(" See an assessment: as the recruiting manager, open Mock-call results (a call that two");
        output.WriteLine(" assessors scored and a lead moderated) and Assessor calibration (a report). Two more");
        output.WriteLine($" assessors, same password: {string.Join(", ", DemoAssessment.ExtraAssessors.Select(a => a.Email))}");
        output.WriteLine();
        output.WriteLine(" Press Ctrl+C to stop. Data is kept in the data folder between runs.");
        output.WriteLine("================================================================================");
        output.Flush();
    }
}
