using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Messages;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Assessment;
using IucRecruit.Web.Tests.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace IucRecruit.Web.Tests.Messages;

/// <summary>What candidates receive, read from a real SMTP server on loopback that the app's outbox
/// worker sent to (docs/decisions/0062).</summary>
public sealed partial class CandidateMessagesTests(MailApp app) : IClassFixture<MailApp>
{
    [Fact]
    public async Task A_booking_sends_a_confirmation_with_a_calendar_invitation_in_uk_summer_time_and_a_rebooking_updates_that_event()
    {
        // In British Summer Time, when UK clocks and UTC differ: the class's clock moves on to the
        // coming 1 June (links last at most 60 days, so the slot must be near).
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var juneFirst = new DateTime(now.Year + (now.Month >= 6 ? 1 : 0), 6, 1, 12, 0, 0, DateTimeKind.Utc);
        app.Clock.Advance(juneFirst - now);
        var year = juneFirst.Year;
        var email = $"booked.{Guid.NewGuid():N}@example.com";
        var candidate = await Bookings.ApplicantAsync(app, "Booked", email);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var firstDay = await Bookings.DayAsync(app, new DateOnly(year, 6, 15));
        var secondDay = await Bookings.DayAsync(app, new DateOnly(year, 6, 16));

        var booked = await Bookings.BookAsync(app, firstDay, candidate, new TimeOnly(10, 0));
        var first = Assert.Single(await app.Mail.WaitForAsync(email, 1));

        var dayName = new DateOnly(year, 6, 15).ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal($"Your mock call: {dayName} at 10:00 BST", first.Subject);
        Assert.Contains($"booked for {dayName} at 10:00 BST (Room 4)", first.TextBody, StringComparison.Ordinal);
        var calendar = CalendarText(first);
        Assert.Contains("METHOD:REQUEST", calendar, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/London:{year}0615T100000", calendar, StringComparison.Ordinal);
        Assert.Contains($"DTEND;TZID=Europe/London:{year}0615T103000", calendar, StringComparison.Ordinal);
        // The zone itself is in the file, with summer time an hour ahead of UTC.
        Assert.Contains("BEGIN:VTIMEZONE", calendar, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0100", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:mock-call-{candidate:N}@iucrecruit", calendar, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", calendar, StringComparison.Ordinal);
        var parsed = Ical.Net.Calendar.Load(calendar)!.Events.Single();
        Assert.Equal(new DateTime(year, 6, 15, 9, 0, 0, DateTimeKind.Utc), parsed.DtStart!.AsUtc);

        // The link in the message is the booking's: it opens the candidate's invitation.
        Assert.Contains("Hello Booked.", await OpenLinkAsync(first), StringComparison.Ordinal);
        Assert.Equal(booked.InvitationExpiresUtc, await db.CandidateInvitations.Where(i => i.CandidateId == candidate).Select(i => i.ExpiresUtc).SingleAsync());

        // The reminder waits in the outbox for 09:00 UK time (08:00 UTC in summer) the day before.
        var reminder = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.CandidateId == candidate && m.Kind == MessageKind.CallReminder);
        Assert.Equal((new DateTime(year, 6, 14, 8, 0, 0, DateTimeKind.Utc), (DateTime?)null), (reminder.NextAttemptUtc, reminder.SentUtc));

        app.Clock.Advance(TimeSpan.FromMinutes(5)); // the rebooking comes later
        await Bookings.BookAsync(app, secondDay, candidate, new TimeOnly(14, 0));
        var second = (await app.Mail.WaitForAsync(email, 2))[1];
        var rebooked = CalendarText(second);
        Assert.Contains($"UID:mock-call-{candidate:N}@iucrecruit", rebooked, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", rebooked, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/London:{year}0616T140000", rebooked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_clock_reaches_nine_on_the_day_before_the_call_the_reminder_arrives_and_by_smtp_no_text_is_written()
    {
        var email = $"reminded.{Guid.NewGuid():N}@example.com";
        var candidate = await Bookings.ApplicantAsync(app, "Rhian", email, mobileNumber: "+447700900321");
        var day = await Bookings.DaysAheadAsync(app, 3);
        await Bookings.BookAsync(app, day, candidate, new TimeOnly(11, 0));
        Assert.Single(await app.Mail.WaitForAsync(email, 1)); // the confirmation, sent at once

        app.Clock.Advance(Bookings.ReminderDueUtc(day) - app.Clock.GetUtcNow().UtcDateTime);
        var reminder = (await app.Mail.WaitForAsync(email, 2))[1];

        var zone = Bookings.Zone(day, new TimeOnly(11, 0));
        var date = day.Date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal($"Reminder: your mock call tomorrow at 11:00 {zone}", reminder.Subject);
        Assert.StartsWith("Hello Rhian,", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains($"for {app.Demo.Campaign.Name} is tomorrow, {date} at 11:00 {zone} (Room 4).", reminder.TextBody, StringComparison.Ordinal);
        Assert.Empty(reminder.Attachments);
        Assert.Contains("Hello Rhian.", await OpenLinkAsync(reminder), StringComparison.Ordinal);
        // The mobile number is held, but SMTP sends no texts: none is written to wait for ever (docs/decisions/0072).
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        Assert.Equal([MessageKind.BookingConfirmation, MessageKind.CallReminder],
            (await db.OutboxMessages.Where(m => m.CandidateId == candidate).Select(m => m.Kind).ToListAsync()).Order());
    }

    [Fact]
    public async Task When_a_manager_publishes_feedback_the_candidate_receives_an_email_whose_link_opens_it()
    {
        using var assessor = await StaffMember.NewAsync(app);
        using var manager = await StaffMember.NewAsync(app, Roles.RecruitingManager);
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        var callId = await EndedCalls.AddAsync(app, candidateId, assessor.Id);
        var score = $"/assessor/calls/{callId}/score";
        (await assessor.Page.SubmitAsync(score, Ratings.Form(3, 3, 3, 3, 3))).Dispose();
        (await assessor.Page.SubmitAsync(score,
            [new("strengths", "You confirmed the address twice."), new("developmentPoints", "Summarise before you close.")], $"{score}?handler=Feedback")).Dispose();
        string email;
        await using (var scope = app.Services.CreateAsyncScope())
            email = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().Candidates.Where(c => c.Id == candidateId).Select(c => c.Email).SingleAsync();

        (await manager.Page.SubmitAsync($"/manager/results/{callId}", [], $"/manager/results/{callId}?handler=Publish")).Dispose();
        var told = Assert.Single(await app.Mail.WaitForAsync(email, 1));

        Assert.Equal("Your mock call feedback is ready", told.Subject);
        Assert.StartsWith("Hello Jo,", told.TextBody, StringComparison.Ordinal);
        Assert.Contains($"The feedback on your mock call for {app.Demo.Campaign.Name} is ready.", told.TextBody, StringComparison.Ordinal);
        // The candidate follows the link, as from their mail program, and reads the feedback.
        using var candidate = app.CreatePageClient();
        (await candidate.SubmitAsync(LinkPath(told), [])).Dispose();
        var feedback = System.Net.WebUtility.HtmlDecode(await candidate.GetPageAsync("/candidate/feedback"));
        Assert.Contains("You confirmed the address twice.", feedback, StringComparison.Ordinal);
        Assert.Contains("Summarise before you close.", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitations_made_in_bulk_on_the_candidates_page_are_emailed_each_with_a_link_that_opens()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = await CandidatePagesData.CampaignAsync(app, $"Mailed {tag}");
        var emails = new[] { $"a.{tag}@example.com", $"b.{tag}@example.com" };
        await AddApplicantsAsync(campaign, emails.Zip(["Asha", "Ben"]));
        using var manager = await CandidatePagesData.ManagerAsync(app);

        using var invited = await manager.SubmitAsync($"/manager/candidates?campaign={campaign}",
            [new("bulkAction", "Invite"), new("scope", "AllFiltered")], $"/manager/candidates?handler=Bulk&campaign={campaign}");

        Assert.Contains("2 of 2 candidates given an invitation link", await invited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var (email, name) in emails.Zip(["Asha", "Ben"]))
        {
            var mail = Assert.Single(await app.Mail.WaitForAsync(email, 1));
            Assert.Equal($"Your assessment for Mailed {tag}", mail.Subject);
            Assert.Contains($"Hello {name}.", await OpenLinkAsync(mail), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_message_sent_in_bulk_reaches_each_candidate_in_their_own_name_and_an_unknown_placeholder_is_refused_by_name()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = await CandidatePagesData.CampaignAsync(app, $"Told {tag}");
        var emails = new[] { $"c.{tag}@example.com", $"d.{tag}@example.com" };
        await AddApplicantsAsync(campaign, emails.Zip(["Cai", "Dee"]));
        using var manager = await CandidatePagesData.ManagerAsync(app);
        var page = $"/manager/candidates?campaign={campaign}";
        var post = $"/manager/candidates?handler=Bulk&campaign={campaign}";

        using var refused = await manager.SubmitAsync(page, [new("bulkAction", "Message"), new("scope", "AllFiltered"),
            new("subject", "Hello {first_name}"), new("body", "Dear {frist_name}, see you soon.")], post);
        using var sent = await manager.SubmitAsync(page, [new("bulkAction", "Message"), new("scope", "AllFiltered"),
            new("subject", "Your day at {campaign}"), new("body", "Dear {first_name}, please bring photo ID.")], post);

        Assert.Contains("Unknown placeholder {frist_name}: this message can use {first_name}, {full_name}, {campaign}.",
            System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("2 of 2 candidates sent the message", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var (email, name) in emails.Zip(["Cai", "Dee"]))
        {
            var mail = Assert.Single(await app.Mail.WaitForAsync(email, 1));
            Assert.Equal($"Your day at Told {tag}", mail.Subject);
            Assert.Equal($"Dear {name}, please bring photo ID.", mail.TextBody!.Trim());
        }
    }

    [Fact]
    public async Task A_candidate_asking_for_a_new_link_gets_one_by_email_and_anyone_else_is_told_the_same_and_sent_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = await CandidatePagesData.CampaignAsync(app, $"Back {tag}");
        var invited = $"e.{tag}@example.com";
        var erased = $"f.{tag}@example.com";
        var neverInvited = $"g.{tag}@example.com";
        var ids = await AddApplicantsAsync(campaign, [(invited, "Eve"), (erased, "Fay"), (neverInvited, "Gus")]);
        await app.InviteAsync(ids[0]);
        await app.InviteAsync(ids[1]);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            await db.Candidates.Where(c => c.Id == ids[1]).ExecuteUpdateAsync(set => set.SetProperty(c => c.IdentityErasedUtc, app.Clock.GetUtcNow().UtcDateTime));
        }
        using var browser = app.CreatePageClient();

        Assert.Contains("href=\"/invite/new-link\"", await browser.GetPageAsync("/account/sign-in"), StringComparison.Ordinal);
        var answers = new List<string>();
        foreach (var email in new[] { invited.ToUpperInvariant(), erased, neverInvited, $"nobody.{tag}@example.com" })
        {
            using var response = await browser.SubmitAsync("/invite/new-link", [new("Email", email)]);
            answers.Add((await response.Content.ReadAsStringAsync()).Replace(email, "ADDRESS", StringComparison.Ordinal));
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("we have sent a new link to it", answers[0], StringComparison.Ordinal);
        var mail = Assert.Single(await app.Mail.WaitForAsync(invited, 1));
        Assert.Equal($"Your new link for Back {tag}", mail.Subject);
        Assert.Contains("Hello Eve.", await OpenLinkAsync(mail), StringComparison.Ordinal);

        // Three in an hour at most; nothing at all for the erased or the never-invited candidate.
        for (var i = 0; i < 3; i++) (await browser.SubmitAsync("/invite/new-link", [new("Email", invited)])).Dispose();
        await using var check = app.Services.CreateAsyncScope();
        var read = check.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        Assert.Equal([(ids[0], 3)], await read.OutboxMessages.Where(m => m.Kind == MessageKind.NewLink && ids.Contains(m.CandidateId!.Value))
            .GroupBy(m => m.CandidateId!.Value).Select(g => new ValueTuple<Guid, int>(g.Key, g.Count())).ToListAsync());
    }

    private async Task<List<Guid>> AddApplicantsAsync(Guid campaign, IEnumerable<(string Email, string Name)> people)
    {
        var ids = new List<Guid>();
        foreach (var (email, name) in people)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            var campaignRow = await db.Campaigns.SingleAsync(c => c.Id == campaign);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var (built, _) = Applicants.Build(campaignRow, new ApplicantDetails(name, "Mailed", email, RecruitmentChannel.NhsJobs, now), null, null, now);
            await NewCandidates.WriteAsync(db, [built!], default);
            ids.Add(built!.Candidate.Id);
        }
        return ids;
    }

    /// <summary>Opens the invitation link in the message, in a browser of its own, as the candidate would.</summary>
    private async Task<string> OpenLinkAsync(MimeMessage message)
    {
        using var browser = app.CreatePageClient();
        return await browser.GetPageAsync(LinkPath(message));
    }

    /// <summary>The path of the invitation link in the message.</summary>
    private static string LinkPath(MimeMessage message) => Regex.Match(message.TextBody!, @"http://recruit\.example(/invite/\S+)").Groups[1].Value;

    private static string CalendarText(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.FileName == "mock-call.ics");
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Encoding.UTF8.GetString(content.ToArray());
    }
}
