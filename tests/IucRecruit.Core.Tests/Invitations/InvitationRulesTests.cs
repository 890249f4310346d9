using IucRecruit.Core.Invitations;

namespace IucRecruit.Core.Tests.Invitations;

public sealed class InvitationRulesTests
{
    private static readonly DateTime Expiry = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_unused_link_before_its_expiry_is_valid() =>
        Assert.Equal(InvitationCheck.Valid, InvitationRules.Check(Expiry, null, Expiry.AddTicks(-1)));

    [Fact]
    public void A_link_is_expired_from_the_instant_of_its_expiry() =>
        Assert.Equal(InvitationCheck.Expired, InvitationRules.Check(Expiry, null, Expiry));

    [Fact]
    public void A_used_link_says_so_even_after_it_has_expired() =>
        Assert.Equal(InvitationCheck.AlreadyUsed, InvitationRules.Check(Expiry, Expiry.AddDays(-2), Expiry.AddDays(5)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(61)]
    public void A_lifetime_must_be_positive_and_at_most_sixty_days(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InvitationRules.ValidLifetime(TimeSpan.FromDays(days)));

    [Fact]
    public void Sixty_days_is_allowed() =>
        Assert.Equal(TimeSpan.FromDays(60), InvitationRules.ValidLifetime(TimeSpan.FromDays(60)));
}
