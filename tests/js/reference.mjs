// What the C# audio library gives (tests/js/fixtures/csharp-reference.json, proven current by
// tests/IucRecruit.Audio.Tests/JavaScriptReferenceTests.cs), and the browser modules under test.
import { readFileSync } from "node:fs";

export const reference = JSON.parse(readFileSync(new URL("./fixtures/csharp-reference.json", import.meta.url), "utf8"));

export const audioModules = new URL("../../src/IucRecruit.Web/wwwroot/js/audio/", import.meta.url);

/** A sine tone in the 16-bit scale, rounded as the C# tests' tones are. */
export function tone(frequency, sampleRate, seconds, amplitude = 30000) {
  const samples = new Float64Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < samples.length; i++) samples[i] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / sampleRate));
  return samples;
}

// Everything but the first and last 100 ms, where a filter is still filling or emptying.
function middle(signal, sampleRate) {
  const edge = sampleRate / 10;
  return signal.subarray(edge, signal.length - edge);
}

/** The amplitude of the component at one frequency (a single DFT bin over the middle). */
export function amplitudeAt(signal, sampleRate, frequency) {
  const m = middle(signal, sampleRate);
  let re = 0;
  let im = 0;
  for (let i = 0; i < m.length; i++) {
    const angle = (2 * Math.PI * frequency * i) / sampleRate;
    re += m[i] * Math.cos(angle);
    im += m[i] * Math.sin(angle);
  }
  return (2 * Math.sqrt(re * re + im * im)) / m.length;
}

export function rms(signal, sampleRate) {
  const m = middle(signal, sampleRate);
  let sum = 0;
  for (const s of m) sum += s * s;
  return Math.sqrt(sum / m.length);
}

export const decibels = (ratio) => 20 * Math.log10(ratio);
