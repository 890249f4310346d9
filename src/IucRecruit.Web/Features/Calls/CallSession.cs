using System.Text.Json;
using System.Threading.Channels;
using IucRecruit.Core.Calls;
using IucRecruit.Data.MockCalls;
using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// One live mock call (DESIGN.md §1): an actor with a single-threaded mailbox, so its state needs
/// no locks. Every change is appended to the call's event log before it takes effect, in the same
/// message. Keyed by the call's id with async methods and no shared mutable state, so it could
/// become an Orleans grain. Asleep when idle; <see cref="ActivateAsync"/> rebuilds it from its log.
/// </summary>
public sealed partial class CallSession
{
    private abstract record Message;
    private sealed record JoinMessage(string ConnectionId, CallUser User, TaskCompletionSource<JoinOutcome> Reply) : Message;
    private sealed record LeaveMessage(string ConnectionId) : Message;
    private sealed record CommandMessage(string ConnectionId, CallCommand Command, TaskCompletionSource<string?> Reply) : Message;
    private sealed record FrameMessage(string ConnectionId, byte[] Frame, long ReceivedTimestamp) : Message;
    private sealed record TickMessage : Message;
    private sealed record CandidateAnswerMessage(CallUser User, AnswerRecordingQuestion Answer, TaskCompletionSource<string?> Reply) : Message;

    private sealed record Participant(string ConnectionId, CallUser User, CallParty Party);

    private static readonly TickMessage Tick = new();
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly Channel<Message> mailbox = Channel.CreateUnbounded<Message>(new UnboundedChannelOptions { SingleReader = true });
    private readonly MockCall call;
    private readonly CallScenario scenario;
    private readonly CallSessionServices services;
    private readonly AudioFrameGate gate;
    private readonly Dictionary<string, Participant> participants = [];
    private readonly Dictionary<AudioSource, IClientProxy?> listeners = [];
    private CallState state;
    private long sequence;
    private CallRecorder? recorder;
    private CallRecording? recording;
    private long emptySince;

    private CallSession(MockCall call, CallScenario scenario, CallSessionServices services, CallState state, long sequence, CallRecording? recording)
    {
        this.call = call;
        this.scenario = scenario;
        this.services = services;
        this.state = state;
        this.sequence = sequence;
        this.recording = recording;
        gate = new AudioFrameGate(services.Clock);
        emptySince = services.Clock.GetTimestamp();
        Completion = Task.Run(RunAsync);
    }

    public Guid Id => call.Id;

    /// <summary>Completes when the session has gone to sleep and released its recording.</summary>
    public Task Completion { get; }

    /// <summary>Set once the session has decided to sleep; it takes no new messages.</summary>
    public bool FallingAsleep { get; private set; }

    /// <summary>Rebuilds a call from its log. A call that was connected when its server stopped
    /// carries on recording; the time it could not record becomes silence, so the recording stays
    /// on the call clock, and the gap is logged.</summary>
    public static async Task<CallSession?> ActivateAsync(Guid callId, CallSessionServices services, CancellationToken cancellationToken)
    {
        var loaded = await services.Store.LoadAsync(callId, cancellationToken);
        if (loaded is null) return null;
        var scenario = services.Scenarios.Find(loaded.Call.ScenarioId, loaded.Call.ScenarioVersion)
            ?? throw new InvalidOperationException(
                $"Call {callId} needs scenario {loaded.Call.ScenarioId} version {loaded.Call.ScenarioVersion}, which is not available.");
        scenario = scenario with { Script = scenario.Script.WithExtraTime(loaded.Call.Candidate!.ExtraTimePercent) };
        var session = new CallSession(loaded.Call, scenario, services, CallState.Replay(loaded.Events), loaded.LastSequence, loaded.Recording);
        await session.ResumeRecordingAsync(cancellationToken);
        return session;
    }

    public async Task<JoinOutcome> JoinAsync(string connectionId, CallUser user)
    {
        var reply = new TaskCompletionSource<JoinOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(new JoinMessage(connectionId, user, reply));
        return await reply.Task;
    }

    /// <summary>Runs a participant's command; returns null when done, or why it was refused.</summary>
    public async Task<string?> CommandAsync(string connectionId, CallCommand command)
    {
        var reply = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(new CommandMessage(connectionId, command, reply));
        return await reply.Task;
    }

    /// <summary>The candidate's answer to the recording question, given on the call page before
    /// they join; returns null when recorded, or why not.</summary>
    public async Task<string?> AnswerRecordingQuestionAsync(CallUser user, AnswerRecordingQuestion answer)
    {
        var reply = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(new CandidateAnswerMessage(user, answer, reply));
        return await reply.Task;
    }

    public void Leave(string connectionId) => mailbox.Writer.TryWrite(new LeaveMessage(connectionId));

    /// <summary>Hands over an audio frame; false if the session has gone to sleep.</summary>
    public bool OfferFrame(string connectionId, byte[] frame, long receivedTimestamp) =>
        mailbox.Writer.TryWrite(new FrameMessage(connectionId, frame, receivedTimestamp));

    /// <summary>The 20 ms beat of the call clock: writes the recording and plays clips.</summary>
    public bool OfferTick() => mailbox.Writer.TryWrite(Tick);

    private void Post(Message message)
    {
        if (!mailbox.Writer.TryWrite(message)) throw new CallSessionAsleepException(call.Id);
    }

    private async Task RunAsync()
    {
        services.Metrics.CallWoke();
        await foreach (var message in mailbox.Reader.ReadAllAsync())
        {
            try
            {
                await HandleAsync(message);
            }
            catch (Exception ex)
            {
                LogFailed(services.Log, ex, call.Id, message.GetType().Name);
                switch (message)
                {
                    case JoinMessage join: join.Reply.TrySetException(ex); break;
                    case CommandMessage command: command.Reply.TrySetException(ex); break;
                    case CandidateAnswerMessage answer: answer.Reply.TrySetException(ex); break;
                }
            }
        }
        recorder?.Dispose();
        services.Metrics.CallSlept();
    }

    private Task HandleAsync(Message message) => message switch
    {
        FrameMessage frame => RelayFrame(frame),
        TickMessage => OnTickAsync(),
        JoinMessage join => JoinCoreAsync(join),
        LeaveMessage leave => LeaveCoreAsync(leave),
        CommandMessage command => CommandCoreAsync(command),
        CandidateAnswerMessage answer => AnswerCoreAsync(answer),
        _ => Task.CompletedTask,
    };

    private async Task JoinCoreAsync(JoinMessage join)
    {
        var now = services.Clock.GetUtcNow().UtcDateTime;
        var (party, refusal) = CallAccess.Resolve(call, join.User, now, services.Options);
        if (party == CallParty.Candidate && state.RecordingConsent != true)
            refusal = "Agree to the recording before the call.";
        if (refusal is not null)
        {
            LogRefusedJoin(services.Log, call.Id, join.User.UserId, refusal);
            join.Reply.SetResult(new JoinOutcome(null, refusal));
            return;
        }

        participants[join.ConnectionId] = new Participant(join.ConnectionId, join.User, party!.Value);
        RebuildListeners();
        await AppendAsync([new ParticipantJoined(now, state.CallMsAt(now), party.Value, join.User.UserId, join.User.DisplayName)], join.User.UserId);
        join.Reply.SetResult(new JoinOutcome(SnapshotFor(party.Value, join.User.UserId, now), null));
    }

    private async Task LeaveCoreAsync(LeaveMessage leave)
    {
        if (!participants.Remove(leave.ConnectionId, out var participant)) return;
        RebuildListeners();
        if (participants.Count == 0) emptySince = services.Clock.GetTimestamp();
        var now = services.Clock.GetUtcNow().UtcDateTime;
        await AppendAsync([new ParticipantLeft(now, state.CallMsAt(now), participant.Party, participant.User.UserId)], participant.User.UserId);
    }

    private async Task CommandCoreAsync(CommandMessage message)
    {
        if (!participants.TryGetValue(message.ConnectionId, out var participant))
        {
            message.Reply.SetResult("Join the call first.");
            return;
        }
        var now = services.Clock.GetUtcNow().UtcDateTime;
        var decision = CallRules.Decide(state, participant.Party, message.Command, scenario.Script, now);
        if (!decision.Accepted)
        {
            LogRefusedCommand(services.Log, call.Id, participant.User.UserId, participant.Party, message.Command.GetType().Name, decision.Refusal!);
            message.Reply.SetResult(decision.Refusal);
            return;
        }
        await AppendAsync(decision.Events, participant.User.UserId);
        message.Reply.SetResult(null);
    }

    private async Task AnswerCoreAsync(CandidateAnswerMessage message)
    {
        if (message.User.CandidateId != call.CandidateId)
        {
            message.Reply.SetResult("This is not your call.");
            return;
        }
        var decision = CallRules.Decide(state, CallParty.Candidate, message.Answer, scenario.Script, services.Clock.GetUtcNow().UtcDateTime);
        if (decision.Accepted) await AppendAsync(decision.Events, message.User.UserId);
        message.Reply.SetResult(decision.Refusal);
    }

    /// <summary>Appends events to the log, then applies them and tells the participants: nothing
    /// takes effect that is not in the log.</summary>
    private async Task AppendAsync(IReadOnlyList<CallEvent> events, Guid? actorUserId)
    {
        if (events.Count == 0) return;
        var next = events.Aggregate(state, (s, e) => s.Apply(e));
        await services.Store.AppendAsync(call.Id, sequence, events, next.Phase, actorUserId);
        sequence += events.Count;
        state = next;
        foreach (var callEvent in events)
        {
            await ApplySideEffectsAsync(callEvent);
            Broadcast(callEvent);
        }
    }

    private async Task ApplySideEffectsAsync(CallEvent callEvent)
    {
        switch (callEvent)
        {
            case CallAnswered answered:
                recording = await services.Store.StartRecordingAsync(call.Id, RecordingPath(), TelephoneFrame.SampleRate, 2, answered.AtUtc);
                recorder = CallRecorder.Start(AbsolutePath(recording));
                break;
            case ClipPlayed clip when recorder is not null && scenario.ClipSamples.TryGetValue(clip.ClipId, out var samples):
                recorder.PlayClip(samples);
                break;
            case CallEnded ended when recorder is not null && recording is not null:
                recorder.WriteUntil(ended.CallMs, RelayClipFrame);
                var duration = recorder.WrittenMs;
                var sha256 = recorder.Finish(AbsolutePath(recording));
                recorder = null;
                await services.Store.CompleteRecordingAsync(recording.Id, duration, sha256, ended.AtUtc);
                break;
        }
    }

    private Task OnTickAsync()
    {
        if (recorder is not null && state.Phase == CallPhase.Connected)
        {
            recorder.WriteUntil(state.CallMsAt(services.Clock.GetUtcNow().UtcDateTime), RelayClipFrame);
        }
        if (participants.Count == 0 && services.Clock.GetElapsedTime(emptySince) > services.Options.IdleTimeout)
        {
            FallingAsleep = true;
            mailbox.Writer.TryComplete(); // go to sleep once the messages already posted are handled
        }
        return Task.CompletedTask;
    }

    private Task RelayFrame(FrameMessage message)
    {
        if (!participants.TryGetValue(message.ConnectionId, out var sender))
        {
            services.Metrics.RecordDrop();
            return Task.CompletedTask;
        }
        var verdict = gate.Check(sender.User.UserId, sender.Party, state, message.Frame.Length);
        if (verdict != AudioFrameGate.Verdict.Accepted)
        {
            services.Metrics.RecordDrop();
            if (gate.Count(verdict) == 1) LogFrameDropped(services.Log, call.Id, sender.Party, verdict);
            return Task.CompletedTask;
        }
        var source = sender.Party.VoiceChannel();
        recorder?.PushVoice(source, message.Frame);
        Send(source, message.Frame);
        services.Metrics.RecordRelay(services.Clock.GetElapsedTime(message.ReceivedTimestamp));
        return Task.CompletedTask;
    }

    private void RelayClipFrame(byte[] frame) => Send(AudioSource.Clip, frame);

    private void Send(AudioSource source, byte[] frame)
    {
        if (listeners.GetValueOrDefault(source) is not { } proxy) return;
        var sending = proxy.SendAsync("audio", source, frame);
        // A send usually completes at once (the frame is in the connection's buffer); only one that
        // is still going needs watching, and a failed one is logged rather than lost silently.
        if (!sending.IsCompletedSuccessfully)
        {
            _ = sending.ContinueWith(static (task, log) => LogSendFailed((ILogger)log!, task.Exception!),
                services.Log, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private void RebuildListeners()
    {
        foreach (var source in Enum.GetValues<AudioSource>())
        {
            var ids = participants.Values.Where(p => p.Party.Hears(source)).Select(p => p.ConnectionId).ToList();
            listeners[source] = ids.Count == 0 ? null : services.Hub.Clients.Clients(ids);
        }
    }

    private void Broadcast(CallEvent callEvent)
    {
        var payload = JsonSerializer.SerializeToElement(callEvent, EventJson);
        foreach (var participant in participants.Values.Where(p => CallAccess.Sees(p.Party, p.User.UserId, callEvent)))
        {
            _ = services.Hub.Clients.Client(participant.ConnectionId).SendAsync("callEvent", payload);
        }
    }

    private CallSnapshot SnapshotFor(CallParty party, Guid userId, DateTime now) => new(
        call.Id,
        party,
        state.Phase,
        state.CallMsAt(now),
        party == CallParty.RolePlayer ? null : state.RecordFields,
        state.Clips,
        state.Muted.ToList(),
        participants.Values.Select(p => new PresentParticipant(p.Party, p.User.DisplayName)).ToList(),
        party == CallParty.Assessor ? state.Evidence.Where(e => CallAccess.Sees(party, userId, e)).ToList() : null);

    private async Task ResumeRecordingAsync(CancellationToken cancellationToken)
    {
        if (state.Phase != CallPhase.Connected || recording is null) return;
        var path = AbsolutePath(recording);
        recorder = File.Exists(path) ? CallRecorder.Resume(path) : CallRecorder.Start(path);
        var now = services.Clock.GetUtcNow().UtcDateTime;
        var callMs = state.CallMsAt(now);
        var lostMs = callMs - recorder.WrittenMs;
        recorder.WriteUntil(callMs);
        if (lostMs >= TelephoneFrame.Duration.TotalMilliseconds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await AppendAsync([new ServiceInterrupted(now, callMs, lostMs)], actorUserId: null);
        }
    }

    private string RecordingPath() => Path.Combine(
        call.SlotStartUtc.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        call.SlotStartUtc.ToString("MM", System.Globalization.CultureInfo.InvariantCulture),
        $"{call.Id:N}.wav");

    private string AbsolutePath(CallRecording callRecording) => Path.Combine(services.RecordingsFolder, callRecording.RelativePath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Call {CallId} failed to handle {Message}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid callId, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: user {UserId} refused entry: {Reason}")]
    private static partial void LogRefusedJoin(ILogger logger, Guid callId, Guid userId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call {CallId}: {Party} {UserId} refused {Command}: {Reason}")]
    private static partial void LogRefusedCommand(ILogger logger, Guid callId, Guid userId, CallParty party, string command, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: dropping audio from the {Party}: {Verdict} (logged once per kind)")]
    private static partial void LogFrameDropped(ILogger logger, Guid callId, CallParty party, AudioFrameGate.Verdict verdict);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending call audio failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}

/// <summary>The session went to sleep between being found and being asked; ask again.</summary>
public sealed class CallSessionAsleepException(Guid callId) : Exception($"Call session {callId} is asleep.");
