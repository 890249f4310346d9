using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Messages;
using IucRecruit.Data;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Messages;

/// <summary>With <c>Messages:Provider=GovukNotify</c> the outbox worker sends through GOV.UK Notify's
/// own client, here pointed at a fake Notify API on loopback that records each request as it came
/// (docs/decisions/0063).</summary>
public sealed partial class GovukNotifyTests(GovukNotifyTests.NotifyApp app) : IClassFixture<GovukNotifyTests.NotifyApp>
{
    private const string ServiceId = "2b5d9c3e-8a41-4f0e-9d6b-1c7e5a3f2d10";
    private const string Secret = "7f3a1b2c-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    private const string TemplateId = "c4a6e1d2-3b5f-4a78-9c0d-e1f2a3b4c5d6";
    private const string SmsTemplateId = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";

    public sealed class NotifyApp : RecruitmentApp
    {
        public FakeNotifyApi Notify { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Messages:Provider"] = "GovukNotify",
            ["Messages:GovukNotify:ApiKey"] = $"iucrecruit_test-{ServiceId}-{Secret}",
            ["Messages:GovukNotify:EmailTemplateId"] = TemplateId,
            ["Messages:GovukNotify:SmsTemplateId"] = SmsTemplateId,
            ["Messages:GovukNotify:BaseUrl"] = Notify.BaseUrl,
            ["Messages:SendInBackground"] = "true",
            ["Messages:PollInterval"] = "00:00:00.2",
            ["Messages:PublicBaseUrl"] = "http://recruit.example",
        };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Notify.Dispose();
        }
    }

    [Fact]
    public async Task A_staff_invitation_goes_to_notify_as_the_generic_template_with_its_subject_and_body_and_its_link_works()
    {
        using var admin = app.CreatePageClient();
        await admin.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);
        (await admin.SubmitAsync("/admin/staff/invite",
            [new("DisplayName", "Nia Notify"), new("Email", "nia.notify@demo.iucrecruit.test"), new("SelectedRoles", Roles.Assessor)])).Dispose();

        var request = await app.Notify.NextAsync();
        Assert.Equal("POST /v2/notifications/email", request.Line);
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("nia.notify@demo.iucrecruit.test", root.GetProperty("email_address").GetString());
        Assert.Equal(TemplateId, root.GetProperty("template_id").GetString());
        Assert.Equal("Your IucRecruit staff account", root.GetProperty("personalisation").GetProperty("subject").GetString());
        var body = root.GetProperty("personalisation").GetProperty("body").GetString()!;
        Assert.StartsWith("Hello Nia Notify,", body, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{32}$", root.GetProperty("reference").GetString());

        // Signed as Notify checks: a JWT whose issuer is the service, with the key's secret (HS256).
        var token = request.Authorization!["Bearer ".Length..].Split('.');
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        Assert.Equal(Base64Url(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{token[0]}.{token[1]}"))), token[2]);
        using var claims = JsonDocument.Parse(FromBase64Url(token[1]));
        Assert.Equal(ServiceId, claims.RootElement.GetProperty("iss").GetString());

        var link = new Uri(Link().Match(body).Value);
        using var newcomer = app.CreatePageClient();
        using (var set = await newcomer.SubmitAsync(link.PathAndQuery, [new("Password", "A-Good-Pass-2026"), new("ConfirmPassword", "A-Good-Pass-2026")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }
        Assert.Equal("/", await app.CreatePageClient().SignInAsync("nia.notify@demo.iucrecruit.test", "A-Good-Pass-2026"));
    }

    [Fact]
    public async Task A_reminder_also_goes_by_text_to_a_candidate_whose_mobile_is_held_and_to_none_without_one_or_who_declined()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var texted = await Bookings.ApplicantAsync(app, "Tomos", $"texted.{tag}@example.com");
        var without = await Bookings.ApplicantAsync(app, "Wendy", $"without.{tag}@example.com");
        var declined = await Bookings.ApplicantAsync(app, "Dafydd", $"declined.{tag}@example.com");
        using var manager = await CandidatePagesData.ManagerAsync(app);
        // Entered on the candidates' records, as a manager would, written as people write them.
        using (var saved = await manager.SubmitAsync($"/manager/candidates/detail/{texted}", [new("mobile_number", "07700 900123")],
                   $"/manager/candidates/contact/{texted}"))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        (await manager.SubmitAsync($"/manager/candidates/detail/{declined}", [new("mobile_number", "+44 7700 900456"), new("textMessagesDeclined", "true")],
            $"/manager/candidates/contact/{declined}")).Dispose();
        Assert.Contains("07700 900123", await manager.GetPageAsync($"/manager/candidates/detail/{texted}"), StringComparison.Ordinal);
        // The manager's own wording of the text: too long for three texts is refused; what fits is what is sent.
        using (var tooLong = await manager.SubmitAsync("/manager/messages", [new("Kind", "CallReminderText"), new("Body", new string('x', 460))]))
            Assert.Contains("A text message must be 459 characters or fewer (three texts&#x27; worth)", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var worded = await manager.SubmitAsync("/manager/messages", [new("Kind", "CallReminderText"), new("Body", "{first_name}, your mock call is {date} at {time}, {location}: {link}")]))
            Assert.Contains("Reminder the day before the mock call, by text message: saved.", await worded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var day = await Bookings.DaysAheadAsync(app, 3);
        foreach (var (candidate, hour) in new[] { (texted, 10), (without, 11), (declined, 12) })
            await Bookings.BookAsync(app, day, candidate, new TimeOnly(hour, 0));
        for (var i = 0; i < 3; i++) Assert.Equal("POST /v2/notifications/email", (await app.Notify.NextAsync()).Line); // the confirmations

        app.Clock.Advance(Bookings.ReminderDueUtc(day) - app.Clock.GetUtcNow().UtcDateTime);
        var reminders = new List<FakeNotifyApi.Recorded>();
        for (var i = 0; i < 4; i++) reminders.Add(await app.Notify.NextAsync());

        Assert.Equal(3, reminders.Count(r => r.Line == "POST /v2/notifications/email"));
        var sms = Assert.Single(reminders, r => r.Line == "POST /v2/notifications/sms");
        using var json = JsonDocument.Parse(sms.Body);
        var root = json.RootElement;
        Assert.Equal("+447700900123", root.GetProperty("phone_number").GetString());
        Assert.Equal(SmsTemplateId, root.GetProperty("template_id").GetString());
        Assert.Matches("^[0-9a-f]{32}$", root.GetProperty("reference").GetString());
        var zone = Bookings.Zone(day, new TimeOnly(10, 0));
        var date = day.Date.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var text = root.GetProperty("personalisation").GetProperty("body").GetString()!;
        Assert.StartsWith($"Tomos, your mock call is {date} at 10:00 {zone}, Room 4: http://recruit.example/invite/", text, StringComparison.Ordinal);
        Assert.Equal(["personalisation", "phone_number", "reference", "template_id"], root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        // Nothing was written to text the others: the outbox holds the one text only.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        Assert.Equal([texted], await db.OutboxMessages.Where(m => m.Kind == MessageKind.CallReminderText && new[] { texted, without, declined }.Contains(m.CandidateId!.Value))
            .Select(m => m.CandidateId!.Value).ToListAsync());
    }

    [Fact]
    public async Task A_mobile_number_that_is_not_a_uk_mobile_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var candidate = await Bookings.ApplicantAsync(app, "Lowri", $"landline.{Guid.NewGuid():N}@example.com");
        using var manager = await CandidatePagesData.ManagerAsync(app);

        using var refused = await manager.SubmitAsync($"/manager/candidates/detail/{candidate}", [new("mobile_number", "01632 960123")],
            $"/manager/candidates/contact/{candidate}");

        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter a UK mobile number, like 07700 900123 or +44 7700 900123", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#mobile_number\"", page, StringComparison.Ordinal); // the error summary leads to the field
        Assert.Contains("value=\"01632 960123\"", page, StringComparison.Ordinal);   // what was typed, to correct
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().Candidates
            .Where(c => c.Id == candidate).Select(c => c.MobileNumber).SingleAsync());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }

    [GeneratedRegex(@"http://recruit\.example/\S+")]
    private static partial Regex Link();

    /// <summary>Notify's API as far as sending an email or a text: records each request and answers 201 with
    /// a notification, as Notify does.</summary>
    public sealed class FakeNotifyApi : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly ConcurrentQueue<Recorded> requests = new();
        private readonly SemaphoreSlim arrived = new(0);

        public sealed record Recorded(string Line, string? Authorization, string Body);

        public FakeNotifyApi()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            BaseUrl = $"http://127.0.0.1:{port}/";
            listener.Prefixes.Add(BaseUrl);
            listener.Start();
            _ = Task.Run(AnswerAsync);
        }

        public string BaseUrl { get; }

        public async Task<Recorded> NextAsync()
        {
            if (!await arrived.WaitAsync(TimeSpan.FromSeconds(30))) throw new TimeoutException("Nothing reached the fake Notify API.");
            return requests.TryDequeue(out var request) ? request : throw new InvalidOperationException("A request was signalled but not recorded.");
        }

        private async Task AnswerAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return; // stopped
                }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                requests.Enqueue(new Recorded($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath}",
                    context.Request.Headers["Authorization"], await reader.ReadToEndAsync()));
                arrived.Release();
                var content = context.Request.Url.AbsolutePath.EndsWith("/sms", StringComparison.Ordinal)
                    ? """{"body":"","from_number":"IucRecruit"}"""
                    : """{"subject":"","body":"","from_email":"recruit@example.gov.uk"}""";
                var answer = Encoding.UTF8.GetBytes($$"""{"id":"{{Guid.NewGuid()}}","reference":null,"content":{{content}},"template":{"id":"{{TemplateId}}","version":1,"uri":""},"uri":""}""");
                context.Response.StatusCode = 201;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(answer);
                context.Response.Close();
            }
        }

        public void Dispose() => listener.Close();
    }
}
