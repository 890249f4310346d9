using System.Globalization;
using IucRecruit.Core.Calls;

namespace IucRecruit.Web.Features.Calls;

/// <summary>A call's log in words, on the call clock, for the review page.</summary>
public static class CallTimeline
{
    public sealed record Entry(long CallMs, string Kind, string Description);

    /// <summary>What happened after the call was answered (before that, the clock reads 0 and
    /// the recording has not started), plus the answer and the end themselves.</summary>
    public static IReadOnlyList<Entry> From(IEnumerable<CallEvent> events, IReadOnlyDictionary<string, string> fieldLabels) =>
        events.Select(e => Describe(e, fieldLabels)).OfType<Entry>().ToList();

    public static string Clock(long callMs) =>
        TimeSpan.FromMilliseconds(callMs).ToString(callMs >= 3_600_000 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);

    private static Entry? Describe(CallEvent callEvent, IReadOnlyDictionary<string, string> fieldLabels) => callEvent switch
    {
        CallAnswered e => new(e.CallMs, "answered", "The candidate answered"),
        ClipPlayed e => new(e.CallMs, "clip", $"Clip played: {e.Label}"),
        RecordFieldChanged e => new(e.CallMs, "record", $"Call record: {fieldLabels.GetValueOrDefault(e.FieldId, e.FieldId)} = “{e.Value}”"),
        MuteChanged e => new(e.CallMs, "mute", $"{Name(e.Party)} {(e.Muted ? "muted" : "unmuted")}"),
        CallEnded e => new(e.CallMs, "ended", $"Call ended by the {Name(e.EndedBy).ToLowerInvariant()}"),
        ServiceInterrupted e => new(e.CallMs, "interrupted", $"Service interrupted: {e.LostMs / 1000.0:0.#} s not recorded"),
        _ => null,
    };

    private static string Name(CallParty party) => party switch
    {
        CallParty.RolePlayer => "Caller",
        CallParty.Candidate => "Candidate",
        _ => "Assessor",
    };
}
