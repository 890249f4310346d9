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
/// (docs/decisions/0062): nothing is lost while the server is down, and two nodes never both send;
/// and texts, through a provider that sends them (docs/decisions/0072).</summary>
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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_text_is_sent_only_while_the_candidate_can_be_texted_at_the_number_it_was_written_for(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var notify = new RecordingSender();
        await using var services = Services(database, port: 1, notify);
        var candidate = await TestCandidates.AddAsync(database, clock.GetUtcNow().UtcDateTime);
        await SetMobileAsync(database, candidate.Id, "+447700900123", declined: false);

        await WriteReminderTextAsync(services, candidate.Id);
        Assert.Equal(1, await services.SendDueAsync());
        var sent = Assert.Single(notify.Sent);
        Assert.Equal((true, "+447700900123", ""), (sent.IsText, sent.To, sent.Subject));
        Assert.Equal("Hello Sam, a reminder of your mock call for Spring tomorrow, Friday 4 December 2026 at 10:00 GMT (Room 4). " +
            "Open your link up to half an hour before: http://recruit.example/x", sent.Body);

        // Written, then the candidate asks for no texts; written, then their number changes: neither is sent.
        var declinedAfter = await WriteReminderTextAsync(services, candidate.Id);
        await SetMobileAsync(database, candidate.Id, "+447700900123", declined: true);
        Assert.Equal(0, await services.SendDueAsync());
        await SetMobileAsync(database, candidate.Id, "+447700900123", declined: false);
        var changedAfter = await WriteReminderTextAsync(services, candidate.Id);
        await SetMobileAsync(database, candidate.Id, "+447700900456", declined: false);
        Assert.Equal(0, await services.SendDueAsync());

        Assert.Single(notify.Sent);
        await using var db = database.CreateContext();
        foreach (var id in new[] { declinedAfter, changedAfter })
        {
            var given = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
            Assert.Equal((1, (DateTime?)null, true), (given.Attempts, given.SentUtc, given.AbandonedUtc is not null));
            Assert.Equal("The candidate can no longer be texted at this number (it was removed or changed, or they asked for no text messages).", given.LastError);
        }
    }

    private static async Task SetMobileAsync(TestDatabase database, Guid candidateId, string number, bool declined)
    {
        await using var db = database.CreateContext();
        await db.Candidates.Where(c => c.Id == candidateId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.MobileNumber, number).SetProperty(c => c.TextMessagesDeclined, declined));
    }

    /// <summary>A reminder text as a booking writes it, its values given here (no call, so no call to check).</summary>
    private static Task<Guid> WriteReminderTextAsync(Node services, Guid candidateId) => services.UseAsync(async s =>
    {
        var db = s.GetRequiredService<RecruitmentDbContext>();
        var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
        var message = s.GetRequiredService<Outbox>().ToCandidate(MessageKind.CallReminderText, candidate, "Spring", null, new Dictionary<string, string>
        {
            ["date"] = "Friday 4 December 2026", ["time"] = "10:00 GMT", ["location"] = "Room 4", ["link"] = "http://recruit.example/x",
        });
        await db.SaveChangesAsync();
        return message.Id;
    });

    /// <summary>A provider that sends texts (as GOV.UK Notify does) and keeps what it was given.</summary>
    private sealed class RecordingSender : IMessageSender
    {
        public List<OutgoingMessage> Sent { get; } = [];

        public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }

    /// <param name="textSender">Given, the node sends through it as GOV.UK Notify with a text template; otherwise by SMTP to <paramref name="port"/>.</param>
    private Node Services(TestDatabase database, int port, IMessageSender? textSender = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(Options.Create(database.Options));
        services.AddSingleton(Options.Create(new MessagesOptions
        {
            PublicBaseUrl = "http://recruit.example",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = MailKit.Security.SecureSocketOptions.None },
            Provider = textSender is null ? MessageProvider.Smtp : MessageProvider.GovukNotify,
            GovukNotify = new GovukNotifyOptions { SmsTemplateId = textSender is null ? "" : Guid.NewGuid().ToString() },
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
        if (textSender is null) services.AddSingleton<IMessageSender, SmtpMessageSender>();
        else services.AddSingleton(textSender);
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
