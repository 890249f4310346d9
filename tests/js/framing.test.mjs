import { test } from "node:test";
import assert from "node:assert/strict";
import { amplitudeAt, audioModules, decibels, tone } from "./reference.mjs";

const dsp = await import(new URL("telephone-dsp.js", audioModules));
const { CaptureEncoder, FRAME_SAMPLES, Framer, SILENCE_CODE, decodeMuLaw, measureLevel } = dsp;

test("the framer turns a stream in odd-sized pieces into whole 160-sample frames, in order", () => {
  const framer = new Framer();
  const frames = [];
  const stream = Int16Array.from({ length: 1000 }, (_, i) => i);
  for (let start = 0; start < stream.length; start += 37) {
    const piece = stream.subarray(start, start + 37);
    framer.push(piece, piece.length, (frame) => frames.push(frame));
  }
  assert.equal(frames.length, 6); // 960 of 1000 samples; 40 wait for the next piece
  assert.ok(frames.every((f) => f.length === FRAME_SAMPLES));
  assert.deepEqual(Array.from(frames[5]), Array.from(stream.subarray(800, 960)));
  assert.notEqual(frames[0], frames[1], "each frame is a new array (it may be transferred)");
});

test("levels: a full-scale square wave is 0 dBFS, silence is -100 dBFS and never -Infinity", () => {
  const square = Int16Array.from({ length: 160 }, (_, i) => (i % 2 ? 32767 : -32768));
  const full = measureLevel(square);
  assert.ok(Math.abs(full.rmsDb) < 0.01 && full.peak === 1);
  assert.deepEqual(measureLevel(new Int16Array(160)), { rms: 0, peak: 0, rmsDb: -100, peakDb: -100 });
  assert.equal(measureLevel(new Int16Array(0)).rmsDb, -100);
  const sine = measureLevel(Int16Array.from(tone(1000, 8000, 0.02, 16384)));
  assert.ok(Math.abs(sine.rmsDb - decibels(0.5 / Math.SQRT2)) < 0.1, `${sine.rmsDb} dBFS`);
});

function capture(encoder, input, quantum = 128) {
  const frames = [];
  for (let start = 0; start < input.length; start += quantum) {
    encoder.push(input.subarray(start, start + quantum), (codes, level) => frames.push({ codes, level }));
  }
  return frames;
}

test("capture at 44.1 kHz in 128-sample quanta gives 50 frames a second of the tone in μ-law", () => {
  const input = Float32Array.from(tone(1000, 44100, 1, 16384), (s) => s / 32768); // half of full scale
  const frames = capture(new CaptureEncoder(44100), input);
  // 1 s is 8000 output samples, less the few the filter still waits for: 49 whole frames.
  assert.equal(frames.length, 49);
  assert.ok(frames.every((f) => f.codes.length === 160));
  const decoded = Int16Array.from(frames.flatMap((f) => Array.from(decodeMuLaw(f.codes))));
  const gain = decibels(amplitudeAt(decoded, 8000, 1000) / 16384);
  assert.ok(Math.abs(gain) < 0.5, `${gain.toFixed(2)} dB through resampling and μ-law`);
  assert.ok(frames[20].level.rmsDb > -10 && frames[20].level.rmsDb < -8, `${frames[20].level.rmsDb} dBFS`);
});

test("muted capture sends frames of silence at the same rate and still measures the microphone", () => {
  const encoder = new CaptureEncoder(48000);
  encoder.muted = true;
  const frames = capture(encoder, Float32Array.from(tone(1000, 48000, 0.5, 16384), (s) => s / 32768));
  assert.equal(frames.length, 24);
  assert.ok(frames.every((f) => f.codes.every((c) => c === SILENCE_CODE)));
  assert.ok(frames[10].level.rms > 0.3);
});
