// AudioWorkletProcessor "telephone-capture": the microphone at the context's rate in, 20 ms μ-law
// frames out through the node's port. Runs on the audio thread; the work is in telephone-dsp.js.
//
// Messages to the main thread:
//   { type: "frame", sequence, codes: ArrayBuffer(160 μ-law bytes, transferred), rms, peak }
//     rms and peak: the microphone's level in that frame, 0 to 1 of full scale (even when muted).
// Messages from the main thread:
//   { type: "mute", muted: boolean }   while muted, frames of silence are sent (timing is kept).
//
// The input should be mono (telephone-audio.js sets channelCount 1, so Web Audio down-mixes);
// if more channels arrive, only the first is used.
import { CaptureEncoder } from "./telephone-dsp.js";

class TelephoneCaptureProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    // sampleRate is the AudioWorkletGlobalScope's: the context's rate, never assumed.
    this.encoder = new CaptureEncoder(sampleRate);
    this.sequence = 0;
    this.port.onmessage = (event) => {
      if (event.data?.type === "mute") this.encoder.muted = Boolean(event.data.muted);
    };
  }

  process(inputs) {
    const channel = inputs[0]?.[0];
    if (channel) {
      this.encoder.push(channel, (codes, level) => {
        this.port.postMessage(
          { type: "frame", sequence: this.sequence++, codes: codes.buffer, rms: level.rms, peak: level.peak },
          [codes.buffer],
        );
      });
    }
    return true;
  }
}

registerProcessor("telephone-capture", TelephoneCaptureProcessor);
