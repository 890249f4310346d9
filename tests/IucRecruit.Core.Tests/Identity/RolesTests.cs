using IucRecruit.Core.Identity;

namespace IucRecruit.Core.Tests.Identity;

public sealed class RolesTests
{
    [Fact]
    public void Every_role_has_its_own_home_and_a_readable_name()
    {
        Assert.Equal(5, Roles.All.Count);
        Assert.Equal(Roles.All.Count, Roles.All.Select(Roles.HomePath).Distinct().Count());
        Assert.All(Roles.All, role => Assert.False(string.IsNullOrWhiteSpace(Roles.DisplayName(role))));
    }

    [Fact]
    public void Candidates_are_not_a_staff_role() => Assert.DoesNotContain(Roles.Candidate, Roles.Staff);

    [Fact]
    public void An_unknown_role_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Roles.HomePath("Superuser"));
}
