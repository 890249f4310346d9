using System.Text.RegularExpressions;
using IucRecruit.Core.Invitations;
using IucRecruit.Core.Messages;
using IucRecruit.Data.DataProtection;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Messages;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Tests.Messages;

/// <summary>The outbox on both providers, sending through a real SMTP server on loopback
/// (docs/decisions/0062): nothing is lost while the server is down, and two nodes never both send.</summary>
public sealed class OutboxDispatcherTests
{
    // On a whole second: PostgreSQL keeps microseconds, not .NET's ticks.
    private readonly TestClock clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_message_waits_while_the_mail_server_is_down_with_growing_waits_and_is_sent_once_it_is_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = new LoopbackSmtpServer();
        await using var services = Services(database, smtp.Port);
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        var issued = await services.UseAsync(s => s.GetRequiredService<CandidateInvitationService>()
            .IssueAsync(candidate.Id, TimeSpan.FromDays(3), null, MessageKind.CandidateInvitation));
        var start = clock.GetUtcNow().UtcDateTime;

        Assert.Equal(0, await services.SendDueAsync()); // nothing listens on the port yet
        var first = await services.MessageAsync();
        Assert.Equal((1, (DateTime?)null, start.AddSeconds(30)), (first.Attempts, first.SentUtc, first.NextAttemptUtc));
        Assert.Contains("refused", first.LastError, StringComparison.OrdinalIgnoreCase);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await services.SendDueAsync()); // not due: not even tried
        Assert.Equal(1, (await services.MessageAsync()).Attempts);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await services.SendDueAsync());
        Assert.Equal((2, start.AddSeconds(30 + 60)), ((await services.MessageAsync()).Attempts, (await services.MessageAsync()).NextAttemptUtc));

        smtp.Start();
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await services.SendDueAsync());
        var sent = await services.MessageAsync();
        Assert.Equal((3, (DateTime?)clock.GetUtcNow().UtcDateTime), (sent.Attempts, sent.SentUtc));
        Assert.Equal(0, await services.SendDueAsync()); // sent is sent

        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("sam@example.com", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Your assessment for Spring", mail.Subject);
        Assert.Contains("Hello Sam,", mail.TextBody, StringComparison.Ordinal);
        // The link is made when the message is sent (a token is never stored), and opens the invitation.
        var token = Regex.Match(mail.TextBody ?? "", @"http://recruit\.example/invite/(\S+)").Groups[1].Value;
        var opened = await services.UseAsync(s => s.GetRequiredService<CandidateInvitationService>().OpenAsync(token));
        Assert.Equal((InvitationCheck.Valid, issued.Invitation.Id), (opened.Check, opened.Invitation!.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_nodes_sending_at_once_send_each_message_exactly_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = new LoopbackSmtpServer();
        smtp.Start();
        await using var nodeA = Services(database, smtp.Port);
        await using var nodeB = Services(database, smtp.Port);
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i < 24; i++)
            await nodeA.UseAsync(s => s.GetRequiredService<CandidateInvitationService>()
                .IssueAsync(candidate.Id, TimeSpan.FromDays(3), null, MessageKind.CandidateInvitation));

        var sent = await Task.WhenAll(
            Task.Run(nodeA.SendDueAsync), Task.Run(nodeB.SendDueAsync), Task.Run(nodeA.SendDueAsync), Task.Run(nodeB.SendDueAsync));

        Assert.Equal(24, sent.Sum());
        var arrived = await smtp.WaitForAsync(24);
        Assert.Equal(24, arrived.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(24, arrived.Count);
        await using var db = database.CreateContext();
        Assert.Equal(24, await db.OutboxMessages.CountAsync(m => m.SentUtc != null && m.Attempts == 1 && m.ClaimToken == null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_message_commits_or_rolls_back_with_what_caused_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database, port: 1);
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);

        // A first link outside any transaction: it makes the key ring, through a connection of its own.
        await services.UseAsync(s => s.GetRequiredService<CandidateInvitationService>().IssueAsync(candidate.Id, TimeSpan.FromDays(3), null));

        await services.UseAsync(async s =>
        {
            var db = s.GetRequiredService<RecruitmentDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await s.GetRequiredService<CandidateInvitationService>().IssueAsync(candidate.Id, TimeSpan.FromDays(3), null, MessageKind.CandidateInvitation);
            Assert.Equal(1, await db.OutboxMessages.CountAsync());
            await transaction.RollbackAsync();
            return 0;
        });

        await using var read = database.CreateContext();
        Assert.Equal((1, 0), (await read.CandidateInvitations.CountAsync(), await read.OutboxMessages.CountAsync()));
    }

    private Node Services(TestDatabase database, int port)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(Options.Create(database.Options));
        services.AddSingleton(Options.Create(new MessagesOptions
        {
            PublicBaseUrl = "http://recruit.example",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = MailKit.Security.SecureSocketOptions.None },
        }));
        services.AddRecruitmentDatabase();
        services.AddRecruitmentIdentityCore(); // staff invitations' links
        // One key ring for both nodes, as a cluster shares one (in the database).
        services.AddRecruitmentDataProtection();
        services.AddScoped<Outbox>();
        services.AddScoped<CandidateInvitationService>();
        services.AddScoped<MessageWordings>();
        services.AddScoped<MessageRenderer>();
        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<IMessageSender, SmtpMessageSender>();
        return new Node(services.BuildServiceProvider());
    }

    private sealed class Node(ServiceProvider provider) : IAsyncDisposable
    {
        public async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> use)
        {
            await using var scope = provider.CreateAsyncScope();
            return await use(scope.ServiceProvider);
        }

        public Task<int> SendDueAsync() => UseAsync(s => s.GetRequiredService<OutboxDispatcher>().SendDueAsync(default));

        public Task<OutboxMessage> MessageAsync() =>
            UseAsync(s => s.GetRequiredService<RecruitmentDbContext>().OutboxMessages.AsNoTracking().SingleAsync());

        public ValueTask DisposeAsync() => provider.DisposeAsync();
    }
}
