using IucRecruit.Core.Identity;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>A live call on the test scenario with two assessors (the demo assessor first, a new one
/// second), everyone connected to the hub and joined.</summary>
internal sealed record DoubleAssessedCall(CallParticipants Participants, CallClient Second, Guid FirstAssessorId, Guid SecondAssessorId)
    : IAsyncDisposable
{
    public static async Task<DoubleAssessedCall> StartAsync(RecruitmentApp app)
    {
        var second = await app.AddStaffAsync($"second-{Guid.NewGuid():N}@demo.iucrecruit.test", Roles.Assessor);
        var candidateId = await EndedCalls.NewCandidateAsync(app, atListening: false);
        var first = await CallParticipants.StaffIdAsync(app, Roles.Assessor);
        var callId = await MockCallSchedule.AddAsync(app, candidateId, await CallParticipants.StaffIdAsync(app, Roles.RolePlayer), first,
            secondAssessorId: second.Id);
        var secondPage = app.CreatePageClient();
        await secondPage.SignInAsync(second.Email!, RecruitmentApp.Password);
        var participants = new CallParticipants(callId, candidateId,
            await CallClient.ConnectAsync(app, await CallParticipants.CandidatePageAsync(app, candidateId)),
            await CallClient.ConnectAsync(app, await CallParticipants.StaffPageAsync(app, Roles.RolePlayer)),
            await CallClient.ConnectAsync(app, await CallParticipants.StaffPageAsync(app, Roles.Assessor)));
        var call = new DoubleAssessedCall(participants, await CallClient.ConnectAsync(app, secondPage), first, second.Id);
        await participants.JoinAllAsync();
        await call.Second.JoinAsync(callId);
        return call;
    }

    public async ValueTask DisposeAsync()
    {
        await Participants.DisposeAsync();
        await Second.DisposeAsync();
    }
}
