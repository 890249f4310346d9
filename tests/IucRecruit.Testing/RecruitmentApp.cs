using IucRecruit.Data.Demo;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using IucRecruit.Web.Features.Calls;
using Microsoft.Extensions.DependencyInjection;

using Xunit;

namespace IucRecruit.Testing;

/// <summary>
/// The real web application, on a throw-away database, with a clock the test controls and the
/// demo organisation seeded (a user per role, all with <see cref="Password"/>). Use it as an xUnit
/// class fixture. <see cref="KestrelApp"/> puts it on a real loopback port for browser tests.
/// </summary>
public class RecruitmentApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = DemoDataSeeder.DefaultPassword;

    private readonly TestDatabase database;

    public RecruitmentApp() : this(TestDatabase.Sqlite()) { }

    protected RecruitmentApp(TestDatabase database) => this.database = database;

    /// <summary>A seeded app on a new database of <paramref name="provider"/>'s, for a test that
    /// runs on each provider (<see cref="TestDatabase.Providers"/>). The caller ends it with
    /// <see cref="IAsyncLifetime.DisposeAsync"/>, which drops its database too.</summary>
    public static async Task<RecruitmentApp> OnAsync(DatabaseProvider provider)
    {
        var app = new RecruitmentApp(await TestDatabase.CreateAsync(provider));
        await app.InitializeAsync();
        return app;
    }

    private TestClock? clock;

    /// <summary>Stands still unless <see cref="ClockRuns"/>; see <see cref="TestClock"/>.</summary>
    public TestClock Clock => clock ??= new TestClock(ClockRuns);

    /// <summary>Live calls need the clock to run with real time.</summary>
    protected virtual bool ClockRuns => false;

    public DemoData Demo { get; private set; } = null!;

    public DatabaseOptions Database => database.Options;

    /// <summary>Every message the app logged.</summary>
    public TestLogs Logs { get; } = new();

    /// <summary>Whether the app's outbox worker sends to a real SMTP server on loopback, read through
    /// <see cref="Mail"/>. Otherwise messages wait in the outbox.</summary>
    protected virtual bool SendsMail => false;

    private LoopbackSmtpServer? mail;

    public LoopbackSmtpServer Mail => mail ?? throw new InvalidOperationException($"This app sends no mail: override {nameof(SendsMail)}.");

    /// <summary>Settings a test class wants different from the defaults below.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Options.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.Options.ConnectionString ?? "");
        builder.UseSetting("Database:DataFolder", database.Options.DataFolder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        // Tests sign in many times a minute from one address.
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:InvitationPerMinute", "10000");
        // The demo's staff sign in with a password only, as in ./run.sh; the two-step sign-in tests
        // (Account/TwoStepSignInTests) turn the requirement on.
        builder.UseSetting("Security:RequireMfaForRoles", "");
        builder.UseSetting("Scenarios:Folder", RepositoryRoot.Combine("scenarios"));
        // The purge is run by the tests that test it, never by the clock in the middle of another test.
        builder.UseSetting("Retention:DailyPurge", "false");
        // Messages wait in the outbox unless a test sends them (Messages/*: through a real SMTP server).
        builder.UseSetting("Messages:SendInBackground", "false");
        if (SendsMail)
        {
            mail = new LoopbackSmtpServer();
            mail.Start();
            foreach (var (key, value) in mail.AppSettings) builder.UseSetting(key, value);
        }
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        // Calls can also be booked on a small test scenario, besides the library's own.
        builder.ConfigureTestServices(services => services.Decorate<ICallScenarios>(library => new TestCallScenarios(library)));
    }

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        Demo = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(Password);
    }

    /// <summary>A client that behaves like a browser: keeps cookies, does not follow redirects
    /// (so tests can see where they lead).</summary>
    public PageClient CreatePageClient() => PageClient.For(this);

    public async Task<string> InviteAsync(Guid candidateId, TimeSpan? lifetime = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<CandidateInvitationService>()
            .IssueAsync(candidateId, lifetime ?? TimeSpan.FromDays(14), issuedBy: null);
        return issued.Token;
    }

    /// <summary>Adds a member of staff with <see cref="Password"/> and the given roles.</summary>
    public async Task<AppUser> AddStaffAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = email,
            CreatedUtc = Clock.GetUtcNow().UtcDateTime,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return user;
    }

    public T WithScope<T>(Func<IServiceProvider, T> use)
    {
        using var scope = Services.CreateScope();
        return use(scope.ServiceProvider);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await database.DisposeAsync();
        if (mail is not null) await mail.DisposeAsync();
    }
}
