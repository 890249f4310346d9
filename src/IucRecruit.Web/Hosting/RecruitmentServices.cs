using IucRecruit.Data;
using IucRecruit.Data.DataProtection;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Candidates;
using IucRecruit.Web.Features.Candidates;
using IucRecruit.Data.Storage;
using IucRecruit.Web.Features.Assessment;
using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Features.Practice;
using IucRecruit.Web.Features.Messages;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Features.Recordings;
using IucRecruit.Web.Features.Scenarios;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Features.StaffRecords;
using IucRecruit.Web.Security;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using IucRecruit.Core.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Hosting;

public static class RecruitmentServices
{
    public static void AddRecruitmentServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddRecruitmentDatabase();
        services.AddRecruitmentDataProtection(configuration);

        services.AddIdentity<AppUser, AppRole>(IdentityRules.Apply)
            .AddEntityFrameworkStores<RecruitmentDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<RecruitmentClaimsFactory>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "iucrecruit.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = builder.Environment.IsProduction()
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
            // Staff: the idle timeout (Security:IdleTimeout, set below). Each request renews the cookie
            // (the security stamp check asks for it), so a session ends that long after its last
            // request. A candidate's sign-in carries its own end, the invitation's, kept on renewal.
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                await SecurityStampValidator.ValidatePrincipalAsync(context);
                await CandidateSignIn.RejectWhenExpired(context);
                await StaffSessionLimit.RejectWhenOver(context);
            };
            cookie.Events.OnSigningIn = StaffSessionLimit.StampSignIn;
        });
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            // Check each request's security stamp against the account (docs/decisions/0040): sign-out,
            // a new password, deactivation and a role change end existing sessions at once, not
            // at the end of a shift. It costs one small read of the account per request.
            options.ValidationInterval = TimeSpan.Zero;
            options.OnRefreshingPrincipal = CandidateSignIn.KeepAccessLimit;
        });
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section))
            .Validate(o => o.IdleTimeout >= TimeSpan.FromMinutes(1), "Security:IdleTimeout must be at least a minute.")
            .Validate(o => o.SessionLifetime > o.IdleTimeout, "Security:SessionLifetime must be longer than Security:IdleTimeout.")
            .Validate(o => o.HubSessionSweep > TimeSpan.Zero, "Security:HubSessionSweep must be longer than zero.")
            .Validate(o => o.RolesRequiringMfa.All(Roles.Staff.Contains),
                $"Security:RequireMfaForRoles takes staff roles, comma-separated: {string.Join(", ", Roles.Staff)}.")
            .ValidateOnStart();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>, TimeProvider>((cookie, security, clock) =>
            {
                cookie.ExpireTimeSpan = security.Value.IdleTimeout;
                cookie.TimeProvider = clock; // the product's clock decides when a session has expired
            });
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<StaffSignIn>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "iucrecruit.antiforgery";
            options.Cookie.SecurePolicy = builder.Environment.IsProduction()
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorization(options =>
        {
            Policies.Add(options);
            HubPolicies.Add(options);
        });
        services.AddRecruitmentRateLimits(configuration);
        builder.AddRequestHardening();

        // Names such as "O'Connor", "Siân" or an en dash are written as they are, not as entities.
        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.Conventions.Add(new PageRouteTransformerConvention(new SlugifyParameterTransformer()));
            AreaAuthorization.Apply(options.Conventions);
        });
        // No LowercaseUrls: it would lower-case route values too, and an invitation token is
        // case-sensitive. Page and area names are lower-cased by the slug transformer above.
        services.AddTrustedProxies(configuration);
        // Reads a table rather than only opening a connection: SQLite "connects" to any file.
        services.AddHealthChecks().AddDbContextCheck<RecruitmentDbContext>("database",
            customTestQuery: async (db, cancellationToken) =>
            {
                await db.Organisations.AnyAsync(cancellationToken);
                return true;
            })
            .AddCheck<SiloHealthCheck>("silo");

        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(3));

        services.AddScoped<CandidateInvitationService>();
        services.AddScoped<CandidateAccounts>();
        services.AddScoped<NewLinkRequests>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<MockCallBooking>();
        services.AddScoped<CandidateList>();
        services.AddScoped<CandidateFiles>();
        services.AddScoped<CandidateAdjustments>();
        services.AddScoped<CandidateContact>();
        services.AddScoped<CandidateBulkActions>();
        services.AddScoped<AssignedCalls>();
        services.AddScoped<StaffSessions>();
        services.AddScoped<RecordingAccessAudit>();
        services.AddMemoryCache();
        services.AddScoped<RecordingWaveforms>();
        services.AddCalls(configuration);
        builder.AddCallSilo();
        services.AddRecruitmentMetrics();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoMockCall>();
        services.AddScenarioLibrary(configuration);
        services.AddRecruitmentFunnel(configuration);
        services.AddPractice();
        services.AddCandidatePrivacyWeb(configuration);
        services.AddAssessment(configuration);
        services.AddMessages(configuration);
    }
}
