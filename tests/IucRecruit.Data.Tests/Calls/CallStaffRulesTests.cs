using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calls;

namespace IucRecruit.Data.Tests.Calls;

/// <summary>Who is one of a call's assessors, who took part in it, and who may lead its moderation:
/// each decided once (on <see cref="MockCall"/> and in <see cref="LeadAssessors"/>), and the query
/// forms agree with the in-memory ones.</summary>
public sealed class CallStaffRulesTests
{
    private static readonly Guid RolePlayer = Guid.NewGuid(), First = Guid.NewGuid(), Second = Guid.NewGuid(), Stranger = Guid.NewGuid();

    private static MockCall Call(Guid? second) => new()
    {
        Id = Guid.NewGuid(), RolePlayerUserId = RolePlayer, AssessorUserId = First, SecondAssessorUserId = second,
        ScenarioId = "s", ScenarioVersion = "v",
    };

    [Fact]
    public void The_first_and_second_assessors_are_the_calls_assessors_and_nobody_else_is()
    {
        var doubled = Call(Second);
        var single = Call(null);

        Assert.Equal([true, true, false, false], new[] { First, Second, RolePlayer, Stranger }.Select(doubled.IsAssessor));
        Assert.Equal([true, false, false, false], new[] { First, Second, RolePlayer, Stranger }.Select(single.IsAssessor));
        Assert.Equal([true, true, true, false], new[] { First, Second, RolePlayer, Stranger }.Select(doubled.TookPart));
    }

    [Fact]
    public void The_query_forms_say_the_same_as_the_call_itself()
    {
        foreach (var call in new[] { Call(Second), Call(null) })
            foreach (var user in new[] { First, Second, RolePlayer, Stranger })
            {
                Assert.Equal(call.IsAssessor(user), MockCall.AssessedBy(user).Compile()(call));
                Assert.Equal(!call.TookPart(user), MockCall.WithoutPartFor(user).Compile()(call));
                Assert.Equal(call.TookPart(user), MockCall.WithPartFor(user).Compile()(call));
            }
    }

    [Fact]
    public void A_lead_is_a_manager_or_assessor_who_took_no_part_in_the_call()
    {
        var call = Call(Second);

        Assert.Null(LeadAssessors.Refusal(call, Stranger, holdsALeadRole: true));
        Assert.Equal("Only a recruiting manager or an assessor may moderate a call.", LeadAssessors.Refusal(call, Stranger, holdsALeadRole: false));
        foreach (var member in new[] { First, Second, RolePlayer })
            Assert.Equal("Someone who took part in the call cannot moderate it.", LeadAssessors.Refusal(call, member, holdsALeadRole: true));
    }
}
