using IucRecruit.Data.Messages;
using IucRecruit.Core.Invitations;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Tests.Invitations;

public sealed class CandidateInvitationServiceTests
{
    private readonly IDataProtectionProvider protection = new EphemeralDataProtectionProvider();
    private readonly TestClock clock = new();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_link_opens_without_being_used_and_is_used_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var candidateId = await SeedCandidateAsync(database);
        var token = await IssueAsync(database, candidateId, TimeSpan.FromDays(1));

        Assert.Equal(InvitationCheck.Valid, (await Service(database).OpenAsync(token)).Check);
        Assert.Equal(InvitationCheck.Valid, (await Service(database).OpenAsync(token)).Check);
        var redeemed = await Service(database).RedeemAsync(token);
        Assert.Equal(InvitationCheck.Valid, redeemed.Check);
        Assert.Equal(candidateId, redeemed.Invitation!.CandidateId);
        Assert.Equal(InvitationCheck.AlreadyUsed, (await Service(database).RedeemAsync(token)).Check);
        Assert.Equal(InvitationCheck.AlreadyUsed, (await Service(database).OpenAsync(token)).Check);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_two_simultaneous_redemptions_exactly_one_succeeds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = await IssueAsync(database, await SeedCandidateAsync(database), TimeSpan.FromDays(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Service(database).RedeemAsync(token))));

        Assert.Equal(1, results.Count(r => r.Check == InvitationCheck.Valid));
        Assert.Equal(5, results.Count(r => r.Check == InvitationCheck.AlreadyUsed));
    }

    [Fact]
    public async Task A_link_past_its_expiry_is_refused_as_expired()
    {
        await using var database = TestDatabase.Sqlite();
        var token = await IssueAsync(database, await SeedCandidateAsync(database), TimeSpan.FromHours(2));

        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(InvitationCheck.Expired, (await Service(database).RedeemAsync(token)).Check);
    }

    [Fact]
    public async Task A_changed_or_foreign_link_is_not_recognised()
    {
        await using var database = TestDatabase.Sqlite();
        var token = await IssueAsync(database, await SeedCandidateAsync(database), TimeSpan.FromDays(1));
        var changed = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var other = database.CreateContext();
        var otherInstallation = new CandidateInvitationService(other, new EphemeralDataProtectionProvider(), new Outbox(other, Options.Create(new MessagesOptions()), clock), clock);

        Assert.Equal(InvitationCheck.NotRecognised, (await Service(database).RedeemAsync(changed)).Check);
        Assert.Equal(InvitationCheck.NotRecognised, (await Service(database).RedeemAsync(token[..^4])).Check);
        Assert.Equal(InvitationCheck.NotRecognised, (await Service(database).RedeemAsync("not a token at all")).Check);
        Assert.Equal(InvitationCheck.NotRecognised, (await otherInstallation.RedeemAsync(token)).Check);
        Assert.Equal(InvitationCheck.Valid, (await Service(database).OpenAsync(token)).Check);
    }

    private CandidateInvitationService Service(TestDatabase database)
    {
        var db = database.CreateContext();
        return new CandidateInvitationService(db, protection, new Outbox(db, Options.Create(new MessagesOptions()), clock), clock);
    }

    private async Task<string> IssueAsync(TestDatabase database, Guid candidateId, TimeSpan lifetime) =>
        (await Service(database).IssueAsync(candidateId, lifetime, issuedBy: null)).Token;

    private async Task<Guid> SeedCandidateAsync(TestDatabase database) =>
        (await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime)).Id;
}
