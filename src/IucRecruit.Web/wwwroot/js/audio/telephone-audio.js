// The page's side of telephone audio: one AudioContext at the sound card's own rate, the microphone
// through the "telephone-capture" worklet (20 ms μ-law frames out) and the "telephone-playback"
// worklet (frames in, through a jitter buffer, to the speakers). docs/audio.md shows the whole path.
//
//   const audio = await startTelephoneAudio();          // call it from a click: browsers start
//   audio.onFrame((codes, info) => send(codes));         // audio only after a user gesture
//   connection.on("frame", (codes) => audio.playFrame(codes));
//
// Frames are Uint8Array(160) of G.711 μ-law codes; the call hub's MessagePack protocol carries
// them as binary both ways (decision 0077).
import { FRAME_SAMPLES } from "./telephone-dsp.js";

const captureModule = new URL("./capture-worklet.js", import.meta.url);
const playbackModule = new URL("./playback-worklet.js", import.meta.url);

/**
 * Starts telephone audio. Options: microphone (default true; false for someone who only listens),
 * targetMs and maxMs for the jitter buffer (defaults 40 and 120). Rejects if the microphone is
 * refused (a DOMException named NotAllowedError or NotFoundError); nothing is left open then.
 */
export async function startTelephoneAudio({ microphone = true, targetMs = 40, maxMs = 120 } = {}) {
  const context = new AudioContext({ latencyHint: "interactive" });
  let stream = null;
  try {
    await Promise.all([context.audioWorklet.addModule(captureModule), context.audioWorklet.addModule(playbackModule)]);
    let capture = null;
    if (microphone) {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, channelCount: 1 },
      });
      capture = new AudioWorkletNode(context, "telephone-capture", {
        numberOfInputs: 1,
        numberOfOutputs: 0,
        channelCount: 1,
        channelCountMode: "explicit",
        channelInterpretation: "speakers",
      });
      context.createMediaStreamSource(stream).connect(capture);
    }
    const audio = new TelephoneAudio(context, capture, stream, { targetMs, maxMs });
    await context.resume();
    return audio;
  } catch (error) {
    stream?.getTracks().forEach((track) => track.stop());
    await context.close();
    throw error;
  }
}

/** One playback channel: its own jitter buffer, mixed into the speakers. */
export class Playback {
  constructor(context, { targetMs, maxMs }) {
    this.node = new AudioWorkletNode(context, "telephone-playback", {
      numberOfInputs: 0,
      numberOfOutputs: 1,
      outputChannelCount: [1],
      processorOptions: { targetMs, maxMs },
    });
    this.stats = null;
    this.statsWaiters = [];
    this.node.port.onmessage = (event) => {
      if (event.data?.type !== "stats") return;
      this.stats = event.data;
      this.statsWaiters.splice(0).forEach((resolve) => resolve(event.data));
    };
    this.node.connect(context.destination);
  }

  /** Queues one frame: a Uint8Array or ArrayBuffer of 160 μ-law bytes. */
  play(frame) {
    const codes = new Uint8Array(frame);
    if (codes.length !== FRAME_SAMPLES) throw new RangeError(`A frame has ${FRAME_SAMPLES} μ-law bytes, not ${codes.length}.`);
    this.node.port.postMessage({ type: "frame", codes });
  }

  /** Resolves with fresh stats from the audio thread (see playback-worklet.js). */
  requestStats() {
    return new Promise((resolve) => {
      this.statsWaiters.push(resolve);
      this.node.port.postMessage({ type: "stats" });
    });
  }

  close() {
    this.node.disconnect();
    this.node.port.close();
  }
}

export class TelephoneAudio {
  constructor(context, captureNode, stream, playbackOptions) {
    this.context = context;
    this.captureNode = captureNode;
    this.stream = stream;
    this.playbackOptions = playbackOptions;
    this.playbacks = [];
    this.playback = this.addPlayback();
    this.frameListeners = new Set();
    this.latestLevel = { rms: 0, peak: 0 };
    this.isMuted = false;
    if (captureNode) {
      captureNode.port.onmessage = (event) => {
        const { type, sequence, codes, rms, peak, audioTime } = event.data ?? {};
        if (type !== "frame") return;
        this.latestLevel = { rms, peak };
        const frame = new Uint8Array(codes);
        for (const listener of this.frameListeners) listener(frame, { sequence, rms, peak, audioTime });
      };
    }
  }

  /** The context's sample rate: whatever the sound card runs at (often 44,100 or 48,000 Hz). */
  get sampleRate() {
    return this.context.sampleRate;
  }

  /** Calls callback(codes: Uint8Array(160), { sequence, rms, peak, audioTime }) for every captured 20 ms
   * frame; returns a function that stops the calls. */
  onFrame(callback) {
    this.frameListeners.add(callback);
    return () => this.frameListeners.delete(callback);
  }

  /** Plays one received frame (Uint8Array or ArrayBuffer) on the main channel. */
  playFrame(frame) {
    this.playback.play(frame);
  }

  /** Another playback channel with its own jitter buffer (e.g. an assessor hearing both sides). */
  addPlayback() {
    const playback = new Playback(this.context, this.playbackOptions);
    this.playbacks.push(playback);
    return playback;
  }

  /** While muted, captured frames are silence; the level still shows the microphone. */
  setMuted(muted) {
    this.isMuted = Boolean(muted);
    this.captureNode?.port.postMessage({ type: "mute", muted: this.isMuted });
  }

  get muted() {
    return this.isMuted;
  }

  /** The microphone's level in the latest frame: { rms, peak }, 0 to 1 of full scale. */
  get level() {
    return this.latestLevel;
  }

  /** The main playback channel's latest jitter-buffer stats (null until the first arrives). */
  get stats() {
    return this.playback.stats;
  }

  requestStats() {
    return this.playback.requestStats();
  }

  async close() {
    this.frameListeners.clear();
    this.stream?.getTracks().forEach((track) => track.stop());
    this.captureNode?.disconnect();
    this.captureNode?.port.close();
    this.playbacks.forEach((playback) => playback.close());
    if (this.context.state !== "closed") await this.context.close();
  }
}
