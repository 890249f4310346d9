// AudioWorkletProcessor "telephone-playback": 20 ms μ-law frames in through the node's port, audio
// at the context's rate out (one channel), through the jitter buffer in jitter-buffer.js.
//
// processorOptions: { targetMs = 40, maxMs = 120 } (see jitter-buffer.js and decision 0014).
// Messages from the main thread:
//   { type: "frame", codes: ArrayBuffer | Uint8Array (160 μ-law bytes) }
//   { type: "stats" }                      asks for a stats message now
// Messages to the main thread, every 250 ms and when asked:
//   { type: "stats", bufferedMs, targetMs, maxMs, playing, framesReceived, framesPlayed,
//     underruns, concealedFrames, dropped }
import { JitterBuffer } from "./jitter-buffer.js";

const STATS_INTERVAL_SECONDS = 0.25;

class TelephonePlaybackProcessor extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const { targetMs = 40, maxMs = 120 } = options.processorOptions ?? {};
    this.buffer = new JitterBuffer({ outputRate: sampleRate, targetMs, maxMs });
    this.lastStats = 0;
    this.port.onmessage = (event) => {
      const message = event.data;
      if (message?.type === "frame") this.buffer.push(new Uint8Array(message.codes));
      else if (message?.type === "stats") this.postStats();
    };
  }

  process(_inputs, outputs) {
    const output = outputs[0][0];
    this.buffer.render(output);
    for (let c = 1; c < outputs[0].length; c++) outputs[0][c].set(output);
    if (currentTime - this.lastStats >= STATS_INTERVAL_SECONDS) this.postStats();
    return true;
  }

  postStats() {
    this.lastStats = currentTime;
    this.port.postMessage({ type: "stats", ...this.buffer.stats });
  }
}

registerProcessor("telephone-playback", TelephonePlaybackProcessor);
