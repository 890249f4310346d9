// The playback jitter buffer: 20 ms μ-law frames in, as they arrive from the network; audio at the
// sound card's rate out, as the audio thread asks for it. Pure (no browser globals), so Node's test
// runner can drive it; playback-worklet.js wires it to the audio thread. Decision 0014 explains the
// design and the latency it adds.
//
// - Playback starts once `targetMs` of audio is queued (40 ms by default), and starts again from
//   that depth after every underrun, so a late network re-buffers once instead of stuttering.
// - Underrun (the queue ran dry while playing): the last frame is repeated once, fading to silence
//   (a simple packet-loss concealment; G.711 Appendix I describes a fuller one), then silence.
// - Overflow (more than `maxMs` queued, e.g. after the network delivered a burst): the oldest
//   frames are dropped until `targetMs` remains, so latency never builds up.

import { FRAME_MILLISECONDS, FRAME_SAMPLES, Resampler, TELEPHONE_RATE, decodeMuLaw } from "./telephone-dsp.js";

export class JitterBuffer {
  constructor({ outputRate, targetMs = 40, maxMs = 120 }) {
    if (!(maxMs > targetMs) || targetMs < FRAME_MILLISECONDS) {
      throw new RangeError(`The jitter buffer needs ${FRAME_MILLISECONDS} ms <= targetMs < maxMs (got ${targetMs} and ${maxMs}).`);
    }
    this.outputRate = outputRate;
    this.targetFrames = Math.ceil(targetMs / FRAME_MILLISECONDS);
    this.maxFrames = Math.floor(maxMs / FRAME_MILLISECONDS);
    this.queue = [];
    this.resampler = new Resampler(TELEPHONE_RATE, outputRate);
    this.pending = new Float64Array(this.resampler.maxOutputLength(FRAME_SAMPLES));
    this.pendingStart = 0;
    this.pendingEnd = 0;
    this.playing = false;
    this.lastFrame = null;
    this.framesReceived = 0;
    this.framesPlayed = 0;
    this.underruns = 0;
    this.concealedFrames = 0;
    this.dropped = 0;
  }

  /** Queues one frame of 160 μ-law codes (a Uint8Array); frames of another size are refused. */
  push(codes) {
    if (codes.length !== FRAME_SAMPLES) throw new RangeError(`A frame has ${FRAME_SAMPLES} μ-law bytes, not ${codes.length}.`);
    this.framesReceived++;
    this.queue.push(codes);
    if (this.queue.length > this.maxFrames) {
      const excess = this.queue.length - this.targetFrames;
      this.queue.splice(0, excess);
      this.dropped += excess;
    }
  }

  /** Fills `output` (a Float32Array at the output rate, -1 to 1) with what is due next. */
  render(output) {
    let written = 0;
    while (written < output.length) {
      if (this.pendingStart < this.pendingEnd) {
        const count = Math.min(output.length - written, this.pendingEnd - this.pendingStart);
        for (let i = 0; i < count; i++) output[written + i] = this.pending[this.pendingStart + i] / 32768;
        written += count;
        this.pendingStart += count;
        continue;
      }
      const samples = this.nextFrame();
      if (samples === null) {
        output.fill(0, written);
        return;
      }
      this.pendingStart = 0;
      this.pendingEnd = this.resampler.process(samples, this.pending);
    }
  }

  /** What the main thread shows and tests check. */
  get stats() {
    const pendingMs = ((this.pendingEnd - this.pendingStart) * 1000) / this.outputRate;
    return {
      bufferedMs: this.queue.length * FRAME_MILLISECONDS + pendingMs,
      targetMs: this.targetFrames * FRAME_MILLISECONDS,
      maxMs: this.maxFrames * FRAME_MILLISECONDS,
      playing: this.playing,
      framesReceived: this.framesReceived,
      framesPlayed: this.framesPlayed,
      underruns: this.underruns,
      concealedFrames: this.concealedFrames,
      dropped: this.dropped,
    };
  }

  // The next 20 ms at 8 kHz (16-bit scale), or null for silence while (re-)buffering.
  nextFrame() {
    if (!this.playing) {
      if (this.queue.length < this.targetFrames) return null;
      this.playing = true;
    }
    if (this.queue.length === 0) {
      this.playing = false;
      this.underruns++;
      return this.conceal();
    }
    this.lastFrame = decodeMuLaw(this.queue.shift());
    this.framesPlayed++;
    return this.lastFrame;
  }

  // Repeats the last frame once, fading out linearly, so a gap does not click.
  conceal() {
    const last = this.lastFrame;
    this.lastFrame = null;
    if (last === null) return null;
    this.concealedFrames++;
    const faded = new Float64Array(last.length);
    for (let i = 0; i < last.length; i++) faded[i] = (last[i] * (last.length - i)) / last.length;
    return faded;
  }
}
