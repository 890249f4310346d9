using IucRecruit.Core.Practice;
using IucRecruit.Core.Scenarios;
using IucRecruit.Web.Security;
using Microsoft.Net.Http.Headers;

namespace IucRecruit.Web.Features.Practice;

/// <summary>
/// The practice callers' recorded turns, open to anyone (docs/decisions/0068) and cacheable by
/// anyone: the address carries the practice call's version, so a clip at one address never changes
/// and browsers and proxies may keep it for a year. Most of a practice call's bytes are these, so
/// caches, not the server, carry the load of many callers (issue 15, "scales without servers").
/// </summary>
public static class PracticeClips
{
    public const string Route = "/practice/clips/{practiceCallId}/{turnId}";

    public static string UrlOf(PracticeCall call, Clip turn) => $"/practice/clips/{call.Id}/{turn.Id}?v={call.ShortVersion}";

    public static IEndpointRouteBuilder MapPracticeClips(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (string practiceCallId, string turnId, string? v, ScenarioLibrary library, HttpContext context) =>
        {
            if (library.PracticeCalls.FirstOrDefault(p => p.Id == practiceCallId) is not { } call || call.FindClip(turnId) is not { } turn)
                return Results.NotFound();
            var current = v == call.ShortVersion;
            context.Response.Headers.CacheControl = current ? "public, max-age=31536000, immutable" : "no-cache";
            return Results.File(library.PathOf(call, turn), "audio/wav",
                entityTag: new EntityTagHeaderValue($"\"{call.ShortVersion}-{turn.Id}\""), enableRangeProcessing: true);
        }).AllowAnonymous().RequireRateLimiting(RateLimits.Practice);
        return app;
    }
}
