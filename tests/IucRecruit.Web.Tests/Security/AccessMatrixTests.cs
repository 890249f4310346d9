using System.Net;
using System.Reflection;
using System.Threading.Channels;
using IucRecruit.Audio.Wav;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calibration;
using IucRecruit.Data.Calls;
using IucRecruit.Testing;
using IucRecruit.Data.Practice;
using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Features.Practice;
using IucRecruit.Web.Tests.Calls;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Security;

/// <summary>
/// The role-by-endpoint matrix: every page handler and endpoint the app maps, and every call-hub
/// method, tried as each role and as an anonymous visitor, against <see cref="AccessMatrix"/>.
/// Pages are opened with real ids. A form handler that is allowed must then refuse the request for
/// its missing antiforgery token (400), which proves antiforgery on every form.
/// </summary>
public sealed class AccessMatrixTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task Every_page_handler_and_endpoint_is_allowed_or_refused_to_each_role_as_the_policies_say()
    {
        var endpoints = await DiscoverEndpointsAsync();
        var unlisted = endpoints.Keys.Except(AccessMatrix.Pages.Keys).ToList();
        var stale = AccessMatrix.Pages.Keys.Except(endpoints.Keys).ToList();
        Assert.True(unlisted.Count == 0 && stale.Count == 0,
            $"Endpoints with no expectation in AccessMatrix: {string.Join(", ", unlisted)}\nExpectations of endpoints that do not exist: {string.Join(", ", stale)}");

        var data = await MatrixData.CreateAsync(app);
        var wrong = new List<string>();
        foreach (var who in AccessMatrix.Everyone)
        {
            using var client = await data.ClientAsync(who);
            foreach (var (key, (method, url)) in endpoints.Select(e => (e.Key, data.Request(e.Key))))
            {
                using var response = method == "GET"
                    ? await client.GetAsync(url)
                    : await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([]));
                var allowed = AccessMatrix.Pages[key].Contains(who);
                var verdict = Verdict(response, key, allowed);
                if (verdict is not null) wrong.Add($"{key} as {who}: {verdict}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_hub_method_is_allowed_or_refused_to_each_role_as_the_policies_say()
    {
        var methods = typeof(CallHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name is not (nameof(Hub.OnConnectedAsync) or nameof(Hub.OnDisconnectedAsync))).ToList();
        Assert.Equal(AccessMatrix.HubMethods.Keys.Order(), methods.Select(m => m.Name).Order());

        var data = await MatrixData.CreateAsync(app);
        var wrong = new List<string>();
        foreach (var who in AccessMatrix.Everyone)
        {
            using var page = await data.ClientAsync(who);
            CallClient? hub;
            try
            {
                hub = await CallClient.ConnectAsync(app, page);
            }
            catch (Exception e) when (e is HttpRequestException or System.Net.WebSockets.WebSocketException or InvalidOperationException)
            {
                hub = null; // the connection itself is refused: every method is
            }
            await using (hub)
            {
                foreach (var method in methods)
                {
                    var reached = hub is not null && await ReachesAsync(hub, method);
                    var allowed = AccessMatrix.HubMethods[method.Name].Contains(who);
                    if (reached != allowed) wrong.Add($"{method.Name} as {who}: {(reached ? "reached the method" : "refused")}");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Calls the method with harmless arguments (no call joined, an unknown call): an
    /// allowed caller reaches it and gets its own refusal; a refused one gets SignalR's "unauthorized".</summary>
    private static async Task<bool> ReachesAsync(CallClient hub, MethodInfo method)
    {
        var args = method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(Guid) => (object)Guid.NewGuid(),
            var t when t == typeof(string) => "x",
            var t when t == typeof(bool) => true,
            var t when t == typeof(IAsyncEnumerable<byte[]>) => Completed(),
            var t => throw new InvalidOperationException($"Give AccessMatrixTests an argument of type {t} for {method.Name}."),
        }).ToArray();
        try
        {
            await hub.InvokeAsync(method.Name, args);
            return true;
        }
        catch (HubException e)
        {
            return !e.Message.Contains("unauthorized", StringComparison.OrdinalIgnoreCase);
        }

        static ChannelReader<byte[]> Completed()
        {
            var channel = Channel.CreateUnbounded<byte[]>();
            channel.Writer.Complete();
            return channel.Reader;
        }
    }

    /// <summary>Null when the response is what the matrix expects; otherwise what went wrong.</summary>
    private static string? Verdict(HttpResponseMessage response, string key, bool allowed)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location is { } to ? (to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString) : "";
        if (key == "GET /account/access-denied") return status == 403 ? null : $"the access-denied page gave {status}";
        // Outside Production the page is only reached by asking for it; it always says 403.
        if (key.EndsWith(" /https-required", StringComparison.Ordinal)) return status == 403 ? null : $"the HTTPS page gave {status}";
        var refused = status is 401 or 403 ||
                      (status is 302 or 303 && (location.StartsWith("/account/sign-in", StringComparison.Ordinal) ||
                                                location.StartsWith("/account/access-denied", StringComparison.Ordinal)));
        if (refused) return allowed ? $"refused ({status} {location}) but should be allowed" : null;
        if (!allowed) return $"allowed ({status} {location}) but should be refused";
        // A form handler must refuse a post without its antiforgery token.
        var isForm = key.StartsWith("POST ", StringComparison.Ordinal) && key != "POST /error";
        if (isForm) return status == 400 ? null : $"a post without an antiforgery token gave {status}, not 400";
        return status is 200 or 204 or 302 or 410 || (status == 400 && key == "ANY /hubs/call") ? null : $"unexpected {status} {location}";
    }

    /// <summary>"METHOD /pattern[?handler=Name]" for every page handler and endpoint the app maps.</summary>
    private async Task<Dictionary<string, string>> DiscoverEndpointsAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var keys = new Dictionary<string, string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // An Index page answers at its folder too; both routes are the same page.
            var pattern = "/" + endpoint.RoutePattern.RawText!.Trim('/').Replace("/index/", "/", StringComparison.Ordinal);
            if (pattern.EndsWith("/index", StringComparison.Ordinal)) pattern = pattern[..^"/index".Length];
            if (pattern.Length == 0 || pattern == "/index") pattern = "/";
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                    keys.TryAdd($"{handler.HttpMethod.ToUpperInvariant()} {pattern}{(handler.Name is null ? "" : "?handler=" + handler.Name)}", pattern);
            }
            else
            {
                // The hub's endpoints take any method.
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                    keys.TryAdd($"{method} {pattern}", pattern);
            }
        }
        return keys;
    }

    /// <summary>Real data for the pages' ids: a booked call with a finished recording, a listening
    /// attempt, an invitation, a call two other assessors disagree on (for the lead's page), a
    /// calibration set the demo assessor is asked to score; and a signed-in client per role.</summary>
    private sealed record MatrixData(RecruitmentApp App, Guid CandidateId, Guid CallId, Guid DayId, Guid AttemptId, Guid StaffId,
        string InvitationToken, string ScenarioId, string ClipId, Guid DisputedCallId, Guid CalibrationSetId, Guid CalibrationItemId,
        Guid PracticeAttemptId, string PracticeClipUrl)
    {
        public static async Task<MatrixData> CreateAsync(RecruitmentApp app)
        {
            var candidateId = await CallParticipants.CandidateAsync(app, 7);
            var assessorId = await CallParticipants.StaffIdAsync(app, Roles.Assessor);
            var rolePlayerId = await CallParticipants.StaffIdAsync(app, Roles.RolePlayer);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            var scenario = scope.ServiceProvider.GetRequiredService<ScenarioLibrary>().Scenarios.First(s => s.Clips.Count > 0);
            // A library scenario, so that the call pages find it.
            var callId = await MockCallSchedule.AddAsync(db, app.Demo.Campaign.Id, candidateId, rolePlayerId, assessorId,
                app.Clock.GetUtcNow().UtcDateTime, scenario.Id, scenario.Version);
            var recording = new CallRecording
            {
                Id = Guid.CreateVersion7(), MockCallId = callId, RelativePath = $"matrix-{callId:N}.wav", SampleRate = 8000, Channels = 2,
                DurationMs = 1000, StartedUtc = DateTime.UtcNow, CompletedUtc = DateTime.UtcNow,
            };
            var path = scope.ServiceProvider.GetRequiredService<RecordingStorage>().PathOf(recording);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var wav = WavWriter.Create(path, 8000, 2)) wav.Write(new short[16000]);
            db.CallRecordings.Add(recording);
            await db.SaveChangesAsync();
            var (disputedCallId, setId, itemId) = await AssessmentDataAsync(app, scope.ServiceProvider, assessorId);
            // An anonymous attempt, open to everyone who has its address.
            var practice = scope.ServiceProvider.GetRequiredService<ScenarioLibrary>().PracticeCalls[0];
            var attempt = await scope.ServiceProvider.GetRequiredService<PracticeAttempts>().StartAsync(app.Demo.Campaign.Id, practice.Id, null, default);
            return new MatrixData(app, candidateId, callId, (await db.MockCalls.SingleAsync(c => c.Id == callId)).AssessmentDayId,
                (await db.ListeningAttempts.FirstAsync()).Id, assessorId, await app.InviteAsync(app.Demo.InvitedCandidate.Id),
                scenario.Id, scenario.Clips[0].Id, disputedCallId, setId, itemId, attempt!.Id, PracticeClips.UrlOf(practice, practice.Turns[0]));
        }

        /// <summary>A call two other assessors rated far apart, waiting for a lead (the demo assessor
        /// took no part, so may lead); and a calibration set of another call's recording assigned to
        /// the demo assessor (calibrating on the disputed call itself would bar them from leading it).</summary>
        private static async Task<(Guid CallId, Guid SetId, Guid ItemId)> AssessmentDataAsync(RecruitmentApp app, IServiceProvider services, Guid demoAssessorId)
        {
            var first = await app.AddStaffAsync($"matrix-first-{Guid.NewGuid():N}@example.org", Roles.Assessor);
            var second = await app.AddStaffAsync($"matrix-second-{Guid.NewGuid():N}@example.org", Roles.Assessor);
            var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), first.Id, second.Id);
            await EndedCalls.AddRecordingAsync(app, callId, new short[8000], new short[8000]);
            var assessments = services.GetRequiredService<CallAssessments>();
            foreach (var (assessor, accuracy) in new[] { (first.Id, 1), (second.Id, 4) })
            {
                var ratings = EndedCalls.Scenario(app).Rubric.Criteria.ToDictionary(c => c.Id, c => (int?)(c.Id == "accuracy" ? accuracy : 3));
                Assert.True((await assessments.SubmitAsync(callId, assessor, ratings, [])).Succeeded);
            }
            var calibration = services.GetRequiredService<CalibrationSets>();
            var (set, _) = await calibration.CreateAsync("Access matrix", (await app.AddStaffAsync($"matrix-manager-{Guid.NewGuid():N}@example.org", Roles.RecruitingManager)).Id);
            var calibratedCallId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), first.Id, second.Id);
            await EndedCalls.AddRecordingAsync(app, calibratedCallId, new short[8000], new short[8000]);
            Assert.Null(await calibration.AddRecordingAsync(set!.Id, calibratedCallId));
            Assert.Null(await calibration.AssignAsync(set.Id, demoAssessorId));
            var itemId = (await calibration.LoadAsync(set.Id))!.Items.Single().Record.Id;
            return (callId, set.Id, itemId);
        }

        public async Task<PageClient> ClientAsync(string who)
        {
            if (who == Roles.Candidate) return await CallParticipants.CandidatePageAsync(App, CandidateId);
            if (who == AccessMatrix.Anonymous) return App.CreatePageClient();
            return await CallParticipants.StaffPageAsync(App, who);
        }

        /// <summary>The method and the URL that exercise one key of the matrix.</summary>
        public (string Method, string Url) Request(string key)
        {
            var method = key[..key.IndexOf(' ', StringComparison.Ordinal)];
            var pattern = key[(method.Length + 1)..].Split("?handler=")[0];
            if (method == "ANY") method = pattern.EndsWith("/negotiate", StringComparison.Ordinal) ? "POST" : "GET";
            var handler = key.Contains("?handler=", StringComparison.Ordinal) ? key[(key.IndexOf('=', StringComparison.Ordinal) + 1)..] : null;
            var path = pattern switch
            {
                "/invite/{token}" => $"/invite/{InvitationToken}",
                "/library/details/{id}" => $"/library/details/{ScenarioId}",
                "/recordings/{callId:guid}" => $"/recordings/{CallId}",
                "/admin/staff/edit/{id:guid}" => $"/admin/staff/edit/{StaffId}",
                "/manager/campaigns/edit/{id:guid?}" => $"/manager/campaigns/edit/{App.Demo.Campaign.Id}",
                "/manager/listening/details/{id:guid}" => $"/manager/listening/details/{AttemptId}",
                "/manager/assessment-days/day/{id:guid}" => $"/manager/assessment-days/day/{DayId}",
                "/privacy/candidates/{id:guid}" or "/manager/candidates/detail/{id:guid}" or "/manager/candidates/journey/{id:guid}"
                    or "/manager/candidates/employment/{id:guid}" or "/manager/candidates/conditions/{id:guid}"
                    or "/manager/candidates/adjustments/{id:guid}" or "/manager/candidates/contact/{id:guid}" => pattern.Replace("{id:guid}", CandidateId.ToString(), StringComparison.Ordinal),
                "/privacy/candidates/{id:guid}/erase" => $"/privacy/candidates/{CandidateId}/erase",
                "/moderation/{callId:guid}" => $"/moderation/{DisputedCallId}",
                "/practice/{campaignId:guid}" => $"/practice/{App.Demo.Campaign.Id}",
                "/practice/{campaignId:guid}/{attemptId:guid}" => $"/practice/{App.Demo.Campaign.Id}/{PracticeAttemptId}",
                "/practice/clips/{practiceCallId}/{turnId}" => PracticeClipUrl,
                "/assessor/calls/{id:guid}/score" or "/manager/results/{id:guid}" => pattern.Replace("{id:guid}", CallId.ToString(), StringComparison.Ordinal),
                "/manager/calibration/{id:guid}" or "/manager/calibration/{id:guid}/report" => pattern.Replace("{id:guid}", CalibrationSetId.ToString(), StringComparison.Ordinal),
                "/assessor/calibration/{itemId:guid}" => $"/assessor/calibration/{CalibrationItemId}",
                _ when pattern.EndsWith("/calls/{id:guid}", StringComparison.Ordinal) => pattern.Replace("{id:guid}", CallId.ToString(), StringComparison.Ordinal),
                _ when pattern.Contains('{', StringComparison.Ordinal) => throw new InvalidOperationException($"Give AccessMatrixTests an id for {pattern}."),
                _ => pattern,
            };
            var query = new List<string>();
            if (handler is not null) query.Add("handler=" + handler);
            if (pattern == "/manager/candidates") query.Add($"campaign={App.Demo.Campaign.Id}");
            if (handler is "Csv" or "Xlsx") query.Add("table=funnel");
            if (handler == "Clip") query.Add("clip=" + ClipId);
            if (handler == "Section") query.Add("section=funnel");
            return (method, query.Count == 0 ? path : $"{path}?{string.Join('&', query)}");
        }
    }
}
