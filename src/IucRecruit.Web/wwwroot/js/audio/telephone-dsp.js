// Telephone-band signal processing for the browser: G.711 μ-law, the anti-aliasing resampler, the
// 20 ms framer and a level meter. Pure functions and classes with no browser globals, so that the
// audio worklets, the page and Node's test runner all load the same file.
//
// The C# twins in src/IucRecruit.Audio (Telephony/MuLaw.cs, Resampling/KaiserLowPass.cs and
// Resampling/Resampler.cs) are the reference: this file computes the same numbers in the same
// order, and tests/js checks it against values the C# code produced.

/** The telephone channel: 8 kHz mono, 20 ms frames of 160 μ-law bytes (DESIGN.md §3). */
export const TELEPHONE_RATE = 8000;
export const FRAME_MILLISECONDS = 20;
export const FRAME_SAMPLES = (TELEPHONE_RATE * FRAME_MILLISECONDS) / 1000;
/** The μ-law code of silence (+0). */
export const SILENCE_CODE = 0xff;

// ---- G.711 μ-law (ITU-T G.711 Table 2a; the 16-bit scale of Sun's reference g711.c) ----------

const MU_LAW_BIAS = 0x84;
const MU_LAW_CLIP = 32635;

/** Encodes one 16-bit sample (an integer from -32768 to 32767) to a μ-law code. */
export function muLawEncode(sample) {
  let pcm = sample;
  const sign = pcm < 0 ? 0x80 : 0x00;
  if (pcm < 0) pcm = -pcm;
  if (pcm > MU_LAW_CLIP) pcm = MU_LAW_CLIP;
  pcm += MU_LAW_BIAS;
  // The segment (exponent) is the position of the highest set bit above bit 7.
  let exponent = 7;
  for (let mask = 0x4000; (pcm & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (pcm >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

const muLawTable = (() => {
  const table = new Int16Array(256);
  for (let code = 0; code < 256; code++) {
    const u = ~code & 0xff;
    const exponent = (u >> 4) & 0x07;
    const magnitude = ((((u & 0x0f) << 3) + MU_LAW_BIAS) << exponent) - MU_LAW_BIAS;
    table[code] = u & 0x80 ? -magnitude : magnitude;
  }
  return table;
})();

/** Decodes one μ-law code (0–255) to a 16-bit sample. */
export function muLawDecode(code) {
  return muLawTable[code];
}

/** Encodes 16-bit samples to a new array of μ-law codes. */
export function encodeMuLaw(samples) {
  const codes = new Uint8Array(samples.length);
  for (let i = 0; i < samples.length; i++) codes[i] = muLawEncode(samples[i]);
  return codes;
}

/** Decodes μ-law codes to a new array of 16-bit samples. */
export function decodeMuLaw(codes) {
  const samples = new Int16Array(codes.length);
  for (let i = 0; i < codes.length; i++) samples[i] = muLawTable[codes[i]];
  return samples;
}

/** Rounds half up and clips to 16 bits, exactly as the C# resampler does. */
export function toInt16(value) {
  const rounded = Math.floor(value + 0.5);
  return rounded > 32767 ? 32767 : rounded < -32768 ? -32768 : rounded;
}

// ---- The telephone-band low-pass filter (Kaiser-windowed sinc; see KaiserLowPass.cs) -----------

export const PASSBAND_EDGE_HZ = 3400;
export const STOPBAND_EDGE_HZ = 4000;
export const STOPBAND_ATTENUATION_DB = 70;
const CUTOFF_HZ = (PASSBAND_EDGE_HZ + STOPBAND_EDGE_HZ) / 2;
const KAISER_BETA = 0.1102 * (STOPBAND_ATTENUATION_DB - 8.7);

function besselI0(x) {
  let sum = 1;
  let term = 1;
  const half = x / 2;
  for (let k = 1; k < 500; k++) {
    term *= half / k;
    const squared = term * term;
    sum += squared;
    if (squared < sum * 1e-17) break;
  }
  return sum;
}

function halfLength(sampleRate) {
  const transition = (2 * Math.PI * (STOPBAND_EDGE_HZ - PASSBAND_EDGE_HZ)) / sampleRate;
  const taps = (STOPBAND_ATTENUATION_DB - 8) / (2.285 * transition);
  return Math.ceil(taps / 2);
}

function impulseResponse(offset, cutoff, half) {
  const x = offset / half;
  if (Math.abs(x) >= 1) return 0;
  const argument = 2 * cutoff * offset;
  const sinc = argument === 0 ? 1 : Math.sin(Math.PI * argument) / (Math.PI * argument);
  return (2 * cutoff * sinc * besselI0(KAISER_BETA * Math.sqrt(1 - x * x))) / besselI0(KAISER_BETA);
}

function greatestCommonDivisor(a, b) {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

const MAX_PHASES = 1000;

/**
 * Converts between sample rates through the telephone-band filter: flat to 3400 Hz, at least 70 dB
 * down from 4000 Hz. A rational polyphase resampler, the twin of Resampler.cs: it streams (blocks
 * of any size give the same output as all at once) and does not shift the signal in time, at the
 * cost of `delaySeconds` of latency. Works on numbers of any scale; the callers use the 16-bit scale.
 */
export class Resampler {
  constructor(inputRate, outputRate = TELEPHONE_RATE) {
    for (const rate of [inputRate, outputRate]) {
      if (!Number.isInteger(rate) || rate < 8000 || rate > 384000) {
        throw new RangeError(`A sample rate between 8000 and 384000 Hz is needed, not ${rate}.`);
      }
    }
    const divisor = greatestCommonDivisor(inputRate, outputRate);
    this.up = outputRate / divisor;
    this.down = inputRate / divisor;
    if (this.up > MAX_PHASES) {
      throw new RangeError(
        `Converting ${inputRate} Hz to ${outputRate} Hz needs ${this.up} filter phases (at most ${MAX_PHASES}): ` +
          "use a standard rate such as 8000, 16000, 22050, 32000, 44100 or 48000 Hz.",
      );
    }
    this.inputRate = inputRate;
    this.outputRate = outputRate;
    this.half = halfLength(inputRate);
    this.taps = 2 * this.half;
    this.coefficients = designPhases(this.up, this.half, CUTOFF_HZ / inputRate);
    this.history = new Float64Array(this.taps + 4096);
    // Silence before the first sample, so the first outputs need no special case.
    this.count = this.half - 1;
    this.position = this.half - 1;
    this.phase = 0;
  }

  /** How long an input sample waits before the output that needs it can be computed. */
  get delaySeconds() {
    return this.half / this.inputRate;
  }

  /** The most outputs one call of process() can give for this much input. */
  maxOutputLength(inputLength) {
    return Math.floor((inputLength * this.up) / this.down) + 2;
  }

  /** Takes the next block of input; writes every output it completes; returns how many. */
  process(input, output) {
    let written = 0;
    let offset = 0;
    while (offset < input.length) {
      const take = Math.min(input.length - offset, this.history.length - this.count);
      for (let i = 0; i < take; i++) this.history[this.count + i] = input[offset + i];
      this.count += take;
      offset += take;
      written += this.drain(output, written);
    }
    return written;
  }

  /** Ends the stream: writes the outputs still waiting for input, as if silence followed. */
  flush(output, start = 0) {
    const written = this.process(new Float64Array(this.half), output.subarray(start));
    return written;
  }

  drain(output, start) {
    const { taps, half, history, coefficients } = this;
    let written = start;
    while (this.position + half < this.count) {
      if (written === output.length) throw new RangeError("The output buffer is too small: see maxOutputLength.");
      const first = this.position - half + 1;
      const offset = this.phase * taps;
      let sum = 0;
      for (let t = 0; t < taps; t++) sum += history[first + t] * coefficients[offset + t];
      output[written++] = sum;
      this.phase += this.down;
      this.position += Math.floor(this.phase / this.up);
      this.phase %= this.up;
    }
    const unneeded = Math.min(this.position - half + 1, this.count);
    if (unneeded > 0) {
      history.copyWithin(0, unneeded, this.count);
      this.count -= unneeded;
      this.position -= unneeded;
    }
    return written - start;
  }
}

// Coefficient set p: the impulse response around an output p/L of the way between two input
// samples, normalised so each set passes a constant unchanged.
function designPhases(phases, half, cutoff) {
  const taps = 2 * half;
  const result = new Float64Array(phases * taps);
  for (let p = 0; p < phases; p++) {
    let sum = 0;
    for (let t = 0; t < taps; t++) {
      const c = impulseResponse(p / phases + (half - 1 - t), cutoff, half);
      result[p * taps + t] = c;
      sum += c;
    }
    for (let t = 0; t < taps; t++) result[p * taps + t] /= sum;
  }
  return result;
}

/** Converts a whole signal at once (for tests and tools), rounded to 16-bit samples. */
export function resample(input, inputRate, outputRate = TELEPHONE_RATE) {
  const resampler = new Resampler(inputRate, outputRate);
  const output = new Float64Array(resampler.maxOutputLength(input.length) + resampler.maxOutputLength(resampler.half));
  let written = resampler.process(input, output);
  written += resampler.flush(output, written);
  return Int16Array.from(output.subarray(0, written), toInt16);
}

// ---- Framing and levels -------------------------------------------------------------------

/** Gathers a stream of samples into frames of a fixed size (160 samples: 20 ms at 8 kHz). */
export class Framer {
  constructor(frameSamples = FRAME_SAMPLES) {
    this.frameSamples = frameSamples;
    this.frame = new Int16Array(frameSamples);
    this.filled = 0;
  }

  /** Adds samples[0..count); calls onFrame(Int16Array) for each frame completed (a new array each time). */
  push(samples, count, onFrame) {
    for (let i = 0; i < count; i++) {
      this.frame[this.filled++] = samples[i];
      if (this.filled === this.frameSamples) {
        onFrame(this.frame);
        this.frame = new Int16Array(this.frameSamples);
        this.filled = 0;
      }
    }
  }
}

/** The root-mean-square and peak level of 16-bit samples, as fractions of full scale and in dBFS
 * (a full-scale square wave is 0 dBFS; silence is reported as -100 dBFS, never -Infinity). */
export function measureLevel(samples) {
  let sumOfSquares = 0;
  let peak = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    sumOfSquares += s * s;
    const magnitude = s < 0 ? -s : s;
    if (magnitude > peak) peak = magnitude;
  }
  const rms = samples.length === 0 ? 0 : Math.sqrt(sumOfSquares / samples.length) / 32768;
  const peakFraction = peak / 32768;
  return { rms, peak: peakFraction, rmsDb: toDecibels(rms), peakDb: toDecibels(peakFraction) };
}

function toDecibels(fraction) {
  return fraction > 0 ? Math.max(-100, 20 * Math.log10(fraction)) : -100;
}

/**
 * The capture chain: microphone samples at the context's rate (floats from -1 to 1) in, 20 ms
 * μ-law frames out. Low-pass and resample to 8 kHz, round to 16 bits, frame, encode. When muted
 * it still sends frames, of silence, so the recording keeps its timing.
 */
export class CaptureEncoder {
  constructor(inputRate) {
    this.resampler = new Resampler(inputRate, TELEPHONE_RATE);
    this.scaled = new Float64Array(0);
    this.resampled = new Float64Array(0);
    this.framer = new Framer();
    this.muted = false;
  }

  /** Adds a block of input; calls onFrame(codes: Uint8Array(160), level) for each frame completed,
   * where level is measureLevel() of the microphone's frame (measured even while muted). */
  push(input, onFrame) {
    if (this.scaled.length < input.length) {
      this.scaled = new Float64Array(input.length);
      this.resampled = new Float64Array(this.resampler.maxOutputLength(input.length));
    }
    for (let i = 0; i < input.length; i++) this.scaled[i] = input[i] * 32768;
    const count = this.resampler.process(this.scaled.subarray(0, input.length), this.resampled);
    for (let i = 0; i < count; i++) this.resampled[i] = toInt16(this.resampled[i]);
    this.framer.push(this.resampled, count, (frame) => {
      const codes = this.muted ? new Uint8Array(FRAME_SAMPLES).fill(SILENCE_CODE) : encodeMuLaw(frame);
      onFrame(codes, measureLevel(frame));
    });
  }
}
