// One participant's connection to a live mock call: the call hub (/hubs/call) over SignalR, with
// automatic reconnection. After a reconnect (a dropped network, or a server that was restarted)
// the participant joins the call again and gets its state back from the server, and the audio
// stream starts again. The hub protocol is MessagePack (decision 0077): frames travel as binary,
// and call events and join snapshots as JSON text inside it. The page must load signalr.min.js and
// signalr-protocol-msgpack.min.js first.

/** Keep trying to reconnect for two minutes, backing off up to five seconds between tries. */
const RECONNECT_FOR_MS = 120_000;

export class CallConnection {
  /**
   * @param {string} callId
   * @param {{ snapshot?: Function, event?: Function, audio?: Function, state?: Function }} handlers
   */
  constructor(callId, handlers) {
    this.callId = callId;
    this.handlers = handlers;
    this.audio = null;
    this.stopStream = () => {};
    this.connection = new signalR.HubConnectionBuilder()
      // WebSockets straight away, no negotiation: behind a balancer without sticky sessions the
      // negotiate request and the socket could reach different nodes, and the socket would be
      // refused. Every browser the product supports has WebSockets.
      .withUrl("/hubs/call", { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
      .withHubProtocol(new signalR.protocols.msgpack.MessagePackHubProtocol())
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: (context) =>
          context.elapsedMilliseconds > RECONNECT_FOR_MS ? null : Math.min(5000, 250 * 2 ** context.previousRetryCount),
      })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    this.connection.on("callEvent", (json) => handlers.event?.(JSON.parse(json)));
    this.connection.on("audio", (source, frame) => handlers.audio?.(source, frame));
    this.connection.onreconnecting(() => {
      this.stopStream();
      handlers.state?.("reconnecting");
    });
    this.connection.onreconnected(async () => {
      handlers.state?.("reconnected");
      await this.join();
    });
    this.connection.onclose(() => handlers.state?.("closed"));
  }

  async start() {
    await this.connection.start();
    return this.join();
  }

  async join() {
    const snapshot = JSON.parse(await this.connection.invoke("JoinCall", this.callId));
    this.handlers.snapshot?.(snapshot);
    if (this.audio) this.startStream();
    return snapshot;
  }

  /** Streams the microphone (a TelephoneAudio) to the call, now and after every reconnect. */
  sendAudio(audio) {
    this.audio = audio;
    if (this.connection.state === signalR.HubConnectionState.Connected) this.startStream();
  }

  startStream() {
    this.stopStream();
    const subject = new signalR.Subject();
    this.connection.send("SendAudio", subject).catch(() => {});
    const stopListening = this.audio.onFrame((codes) => {
      if (!this.audio.muted) subject.next(codes);
    });
    this.stopStream = () => {
      stopListening();
      try { subject.complete(); } catch { /* the connection is already gone */ }
      this.stopStream = () => {};
    };
  }

  /** Calls a hub method; resolves to null when done, or to the reason it was refused. */
  async invoke(method, ...args) {
    try {
      await this.connection.invoke(method, ...args);
      return null;
    } catch (error) {
      return refusalOf(error);
    }
  }
}

/** The server's reason, without SignalR's "An unexpected error occurred invoking …" wrapping. */
export function refusalOf(error) {
  const message = String(error?.message ?? error);
  const start = message.indexOf("HubException: ");
  return start >= 0 ? message.slice(start + "HubException: ".length) : message;
}

/** The call clock as staff see it: minutes and seconds since the candidate answered. */
export class CallClock {
  constructor(element) {
    this.element = element;
    this.baseMs = 0;
    this.baseAt = 0;
    this.running = false;
    setInterval(() => this.render(), 250);
  }

  set(phase, callMs) {
    this.baseMs = callMs;
    this.baseAt = performance.now();
    this.running = phase === "Connected";
    this.render();
  }

  get ms() {
    return this.running ? this.baseMs + (performance.now() - this.baseAt) : this.baseMs;
  }

  render() {
    if (!this.element) return;
    const seconds = Math.floor(this.ms / 1000);
    this.element.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  }
}

/** Plays each source of call audio through its own jitter buffer. */
export function playbackFor(audio, sources) {
  const playbacks = new Map(sources.map((source, index) => [source, index === 0 ? audio.playback : audio.addPlayback()]));
  return (source, frame) => playbacks.get(source)?.play(frame);
}
