using System.Globalization;
using System.Text.Json;
using IucRecruit.Core.Calls;
using IucRecruit.Data.Calls;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// One live mock call (DESIGN.md §1, decision 0033). Each method appends what it changes to the
/// call's log first, then applies it, then tells the participants: nothing takes effect that is
/// not in the log, and an activation rebuilds itself by replaying the log. The rules are Core's
/// (<see cref="CallRules"/>, <see cref="CallState"/>); the grain only orders, logs, applies and
/// tells. The recording lives in the activation, written on the call clock by a 20 ms grain timer
/// (decision 0018).
/// </summary>
public sealed partial class CallGrain(
    CallEventStore store,
    ICallScenarios scenarios,
    TimeProvider clock,
    IOptions<CallOptions> options,
    CallRelayMetrics metrics,
    RecordingStorage recordings,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    IServiceProvider services,
    ILogger<CallGrain> log) : Grain, ICallGrain
{
    // This web node's own listener, called directly for the people connected here (decision
    // 0077): an observer reference would take every frame through Orleans' messaging and the
    // node's hosted client for nothing. A silo without a web node (the grain tests') has none.
    private readonly CallListener? listenerHere = services.GetService<CallListener>();

    private static readonly Dictionary<AudioSource, string> SourceNames =
        Enum.GetValues<AudioSource>().ToDictionary(s => s, s => s.ToString());

    private sealed class Participant(CallConnection connection, CallParty party, ICallListener node)
    {
        public string ConnectionId => connection.ConnectionId;
        public CallUser User => connection.User;
        public CallParty Party => party;
        public SiloAddress Silo => connection.Node;
        public ICallListener Node => node;
    }

    private readonly Dictionary<string, Participant> participants = [];
    private readonly Dictionary<AudioSource, (ICallListener Node, string[] ConnectionIds)[]> listeners = [];
    private readonly AudioFrameGate gate = new(clock);
    private MockCall? call;
    private CallScenario scenario = null!;
    private CallState state = CallState.Initial;
    private long sequence;
    private CallRecorder? recorder;
    private CallRecording? recording;
    private MembershipVersion membershipSeen = MembershipVersion.MinValue;

    private Guid CallId => this.GetPrimaryKey();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Rebuilds the call from its log. A call that was connected when its last activation
    /// ended (its node killed, or idle) carries on recording; the time it could not record becomes
    /// silence, so the recording stays on the call clock, and the gap is logged.</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(CallId, cancellationToken);
        if (loaded is null) return; // no such call: every method says so
        var found = scenarios.Find(loaded.Call.ScenarioId, loaded.Call.ScenarioVersion)
            ?? throw new InvalidOperationException(
                $"Call {CallId} needs scenario {loaded.Call.ScenarioId} version {loaded.Call.ScenarioVersion}, which is not available.");
        scenario = found with { Script = found.Script.WithExtraTime(loaded.Call.Candidate!.ExtraTimePercent) };
        call = loaded.Call;
        state = CallState.Replay(loaded.Events);
        sequence = loaded.LastSequence;
        recording = loaded.Recording;
        await ResumeRecordingAsync(cancellationToken);
        metrics.CallActivated();
        // The call clock's beat. It does not keep the grain alive: people do (decision 0033).
        this.RegisterGrainTimer(OnTickAsync, new GrainTimerCreationOptions(TelephoneFrame.Duration, TelephoneFrame.Duration));
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (call is null) return Task.CompletedTask;
        // Written up to now, so that what a later activation fills with silence is only the time
        // no activation was there to record.
        if (recorder is not null && state.Phase == CallPhase.Connected) recorder.WriteUntil(state.CallMsAt(Now), RelayClipFrame);
        recorder?.Dispose();
        recorder = null;
        metrics.CallDeactivated();
        LogDeactivated(log, CallId, reason.ReasonCode);
        return Task.CompletedTask;
    }

    public async Task<JoinOutcome> Join(CallConnection connection, ICallListener node)
    {
        if (call is null)
        {
            DeactivateOnIdle();
            return new JoinOutcome(null, "There is no such call.");
        }
        var now = Now;
        var (party, refusal) = CallAccess.Resolve(call, connection.User, now, options.Value);
        if (party == CallParty.Candidate && state.Phase == CallPhase.Missed)
            refusal = CallRules.MissedRefusal + " Contact the recruitment team.";
        else if (party == CallParty.Candidate && state.RecordingConsent != true)
            refusal = "Agree to the recording before the call.";
        if (refusal is not null)
        {
            LogRefusedJoin(log, CallId, connection.User.UserId, refusal);
            return new JoinOutcome(null, refusal);
        }

        var joined = new ParticipantJoined(now, state.CallMsAt(now), party!.Value, connection.User.UserId, connection.User.DisplayName);
        await LogAsync([joined], connection.User.UserId);
        participants[connection.ConnectionId] = new Participant(connection, party.Value, Reach(connection, node));
        RebuildListeners();
        Tell([joined]);
        return new JoinOutcome(SnapshotFor(party.Value, connection.User.UserId, now), null);
    }

    public async Task Leave(string connectionId)
    {
        if (!participants.TryGetValue(connectionId, out var participant)) return;
        var now = Now;
        var left = new ParticipantLeft(now, state.CallMsAt(now), participant.Party, participant.User.UserId);
        await LogAsync([left], participant.User.UserId);
        participants.Remove(connectionId);
        RebuildListeners();
        Tell([left]);
    }

    public async Task<string?> Command(string connectionId, CallCommand command)
    {
        if (call is null) return "There is no such call.";
        if (!participants.TryGetValue(connectionId, out var participant)) return "Join the call first.";
        var decision = CallRules.Decide(state, participant.Party, command, scenario.Script, Now);
        if (!decision.Accepted)
        {
            LogRefusedCommand(log, CallId, participant.User.UserId, participant.Party, command.GetType().Name, decision.Refusal!);
            return decision.Refusal;
        }
        await LogAsync(decision.Events, participant.User.UserId);
        Tell(decision.Events);
        return null;
    }

    public async Task<string?> AnswerRecordingQuestion(CallUser user, AnswerRecordingQuestion answer)
    {
        if (call is null) return "There is no such call.";
        if (user.CandidateId != call.CandidateId) return "This is not your call.";
        var decision = CallRules.Decide(state, CallParty.Candidate, answer, scenario.Script, Now);
        if (!decision.Accepted) return decision.Refusal;
        await LogAsync(decision.Events, user.UserId);
        Tell(decision.Events);
        return null;
    }

    public async Task<string?> RecordNoShow(Guid managerUserId)
    {
        if (call is null) return "There is no such call.";
        var decision = CallRules.DecideNoShow(state, call.SlotStartUtc, managerUserId, Now);
        if (!decision.Accepted) return decision.Refusal;
        await LogAsync(decision.Events, managerUserId);
        Tell(decision.Events);
        return null;
    }

    public Task SendFrame(string connectionId, byte[] frame, long receivedTimestamp)
    {
        if (!participants.TryGetValue(connectionId, out var sender))
        {
            metrics.RecordDrop();
            return Task.CompletedTask;
        }
        var verdict = gate.Check(sender.User.UserId, sender.Party, state, frame.Length);
        if (verdict != AudioFrameGate.Verdict.Accepted)
        {
            metrics.RecordDrop();
            if (gate.Count(verdict) == 1) LogFrameDropped(log, CallId, sender.Party, verdict);
            return Task.CompletedTask;
        }
        var source = sender.Party.VoiceChannel();
        recorder?.PushVoice(source, frame);
        Send(source, frame);
        // Stopwatch timestamps are the machine's monotonic clock, so this holds for nodes on one
        // machine (the benchmark's case); across machines it measures only where the grain ran.
        metrics.RecordRelay(clock.GetElapsedTime(receivedTimestamp));
        return Task.CompletedTask;
    }

    public async Task<string[]> KeepListening(ICallListener node, IReadOnlyList<CallConnection> connections)
    {
        if (call is null) return connections.Select(c => c.ConnectionId).ToArray();
        var refused = new List<string>();
        foreach (var connection in connections)
        {
            if (participants.ContainsKey(connection.ConnectionId)) continue;
            // This activation never saw them join (the last one was lost with its node): they
            // join again, and it is logged like any join.
            if ((await Join(connection, node)).Refusal is not null) refused.Add(connection.ConnectionId);
        }
        return [.. refused];
    }

    /// <summary>Appends events to the log, then applies them to the state and the recording. If
    /// the append fails (the database is gone), nothing is applied, the caller gets the error,
    /// and this activation ends: the next call rebuilds from what the log really holds, in case
    /// the write landed though its answer did not (decision 0033).</summary>
    private async Task LogAsync(IReadOnlyList<CallEvent> events, Guid? actorUserId)
    {
        if (events.Count == 0) return;
        var next = events.Aggregate(state, (s, e) => s.Apply(e));
        try
        {
            await store.AppendAsync(CallId, sequence, events, next.Phase, actorUserId);
        }
        catch (Exception ex)
        {
            LogAppendFailed(log, ex, CallId, CallEventJson.TypeName(events[0]));
            DeactivateOnIdle();
            throw;
        }
        sequence += events.Count;
        state = next;
        foreach (var callEvent in events) await ApplyToRecordingAsync(callEvent);
    }

    private async Task ApplyToRecordingAsync(CallEvent callEvent)
    {
        switch (callEvent)
        {
            case CallAnswered answered:
                recording = await store.StartRecordingAsync(CallId, RecordingPath(), TelephoneFrame.SampleRate, 2, answered.AtUtc);
                recorder = CallRecorder.Start(recordings.PathOf(recording));
                break;
            case ClipPlayed clip when recorder is not null && scenario.ClipSamples.TryGetValue(clip.ClipId, out var samples):
                recorder.PlayClip(samples);
                break;
            case CallEnded ended when recorder is not null && recording is not null:
                recorder.WriteUntil(ended.CallMs, RelayClipFrame);
                var duration = recorder.WrittenMs;
                var sha256 = recorder.Finish(recordings.PathOf(recording));
                recorder = null;
                await store.CompleteRecordingAsync(recording.Id, duration, sha256, ended.AtUtc);
                break;
        }
    }

    private async Task OnTickAsync(CancellationToken cancellationToken)
    {
        if (recorder is not null && state.Phase == CallPhase.Connected)
        {
            recorder.WriteUntil(state.CallMsAt(Now), RelayClipFrame);
        }
        await ForgetDeadNodesAsync();
    }

    /// <summary>Participants whose node's silo the cluster has declared dead are gone (decision
    /// 0074): the one departure nobody can tell the call about. Declared by Orleans' failure
    /// detection (about a second here, decision 0035), not by a refresh that may come late from a
    /// busy node. Looked at only when the membership changes, which is rare.</summary>
    private async Task ForgetDeadNodesAsync()
    {
        var snapshot = membership.CurrentSnapshot;
        if (snapshot.Version == membershipSeen) return;
        membershipSeen = snapshot.Version;
        foreach (var participant in participants.Values.Where(p => snapshot.GetSiloStatus(p.Silo) == SiloStatus.Dead).ToList())
        {
            LogNodeDead(log, CallId, participant.Party, participant.User.UserId, participant.Silo);
            await Leave(participant.ConnectionId);
        }
    }

    private void RelayClipFrame(byte[] frame) => Send(AudioSource.Clip, frame);

    /// <summary>How the call reaches a connection: this node's listener itself when the
    /// connection is on this node, else the observer reference its node gave.</summary>
    private ICallListener Reach(CallConnection connection, ICallListener node) =>
        listenerHere is not null && connection.Node.Equals(silo.SiloAddress) ? listenerHere : node;

    private void Send(AudioSource source, byte[] frame)
    {
        if (listeners.GetValueOrDefault(source) is not { } nodes) return;
        var name = SourceNames[source];
        foreach (var (node, connectionIds) in nodes) _ = node.Audio(connectionIds, name, frame);
    }

    /// <summary>Who hears what, grouped by node: one push per node per frame, however many of the
    /// call's listeners it holds.</summary>
    private void RebuildListeners()
    {
        foreach (var source in Enum.GetValues<AudioSource>())
        {
            listeners[source] = ByNode(participants.Values.Where(p => p.Party.Hears(source)));
        }
        // People keep the call (decision 0074): while anyone is in it, Orleans does not collect it
        // however long their node's refresh takes; once nobody is, Calls:IdleTimeout applies.
        DelayDeactivation(participants.Count > 0 ? Timeout.InfiniteTimeSpan : TimeSpan.Zero);
    }

    private static (ICallListener Node, string[] ConnectionIds)[] ByNode(IEnumerable<Participant> who) =>
        who.GroupBy(p => p.Node).Select(g => (g.Key, g.Select(p => p.ConnectionId).ToArray())).ToArray();

    private void Tell(IReadOnlyList<CallEvent> events)
    {
        foreach (var callEvent in events)
        {
            var json = JsonSerializer.Serialize(callEvent, CallJson.Options);
            foreach (var (node, connectionIds) in ByNode(participants.Values.Where(p => CallAccess.Sees(p.Party, p.User.UserId, callEvent))))
            {
                _ = node.CallEvent(connectionIds, json);
            }
        }
    }

    private CallSnapshot SnapshotFor(CallParty party, Guid userId, DateTime now) => new(
        CallId,
        party,
        state.Phase,
        state.CallMsAt(now),
        party == CallParty.RolePlayer ? null : state.RecordFields.ToDictionary(),
        state.Clips.ToList(),
        state.Muted.ToList(),
        participants.Values.Select(p => new PresentParticipant(p.Party, p.User.DisplayName)).ToList(),
        party == CallParty.Assessor ? state.Evidence.Where(e => CallAccess.Sees(party, userId, e)).ToList() : null);

    private async Task ResumeRecordingAsync(CancellationToken cancellationToken)
    {
        if (state.Phase != CallPhase.Connected || recording is null) return;
        var path = recordings.PathOf(recording);
        recorder = File.Exists(path) ? CallRecorder.Resume(path) : CallRecorder.Start(path);
        var now = Now;
        var callMs = state.CallMsAt(now);
        var lostMs = callMs - recorder.WrittenMs;
        recorder.WriteUntil(callMs);
        if (lostMs >= TelephoneFrame.Duration.TotalMilliseconds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await LogAsync([new ServiceInterrupted(now, callMs, lostMs)], actorUserId: null);
        }
    }

    private string RecordingPath() => Path.Combine(
        call!.SlotStartUtc.ToString("yyyy", CultureInfo.InvariantCulture),
        call.SlotStartUtc.ToString("MM", CultureInfo.InvariantCulture),
        $"{call.Id:N}.wav");

    [LoggerMessage(Level = LogLevel.Error, Message = "Call {CallId}: appending {EventType} to the log failed; the call is rebuilt from its log on its next use")]
    private static partial void LogAppendFailed(ILogger logger, Exception exception, Guid callId, string eventType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: user {UserId} refused entry: {Reason}")]
    private static partial void LogRefusedJoin(ILogger logger, Guid callId, Guid userId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call {CallId}: {Party} {UserId} refused {Command}: {Reason}")]
    private static partial void LogRefusedCommand(ILogger logger, Guid callId, Guid userId, CallParty party, string command, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: dropping audio from the {Party}: {Verdict} (logged once per kind)")]
    private static partial void LogFrameDropped(ILogger logger, Guid callId, CallParty party, AudioFrameGate.Verdict verdict);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: the {Party} {UserId} is taken as gone: the cluster declared their node's silo {Silo} dead")]
    private static partial void LogNodeDead(ILogger logger, Guid callId, CallParty party, Guid userId, SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call {CallId} deactivated ({Reason})")]
    private static partial void LogDeactivated(ILogger logger, Guid callId, DeactivationReasonCode reason);
}
