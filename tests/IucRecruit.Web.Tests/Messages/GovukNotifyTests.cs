using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Messages;

/// <summary>With <c>Messages:Provider=GovukNotify</c> the outbox worker sends through GOV.UK Notify's
/// own client, here pointed at a fake Notify API on loopback that records each request as it came
/// (docs/decisions/0063).</summary>
public sealed partial class GovukNotifyTests(GovukNotifyTests.NotifyApp app) : IClassFixture<GovukNotifyTests.NotifyApp>
{
    private const string ServiceId = "2b5d9c3e-8a41-4f0e-9d6b-1c7e5a3f2d10";
    private const string Secret = "7f3a1b2c-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    private const string TemplateId = "c4a6e1d2-3b5f-4a78-9c0d-e1f2a3b4c5d6";

    public sealed class NotifyApp : RecruitmentApp
    {
        public FakeNotifyApi Notify { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Messages:Provider"] = "GovukNotify",
            ["Messages:GovukNotify:ApiKey"] = $"iucrecruit_test-{ServiceId}-{Secret}",
            ["Messages:GovukNotify:EmailTemplateId"] = TemplateId,
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

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }

    [GeneratedRegex(@"http://recruit\.example/\S+")]
    private static partial Regex Link();

    /// <summary>Notify's API as far as sending an email: records each request and answers 201 with
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
                var answer = Encoding.UTF8.GetBytes($$"""{"id":"{{Guid.NewGuid()}}","reference":null,"content":{"subject":"","body":"","from_email":"recruit@example.gov.uk"},"template":{"id":"{{TemplateId}}","version":1,"uri":""},"uri":""}""");
                context.Response.StatusCode = 201;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(answer);
                context.Response.Close();
            }
        }

        public void Dispose() => listener.Close();
    }
}
