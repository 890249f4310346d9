import { test } from "node:test";
import assert from "node:assert/strict";
import { audioModules } from "./reference.mjs";

const { JitterBuffer } = await import(new URL("jitter-buffer.js", audioModules));
const { muLawEncode } = await import(new URL("telephone-dsp.js", audioModules));

const RATE = 48000;
const FRAME_OUT = 960; // 20 ms at 48 kHz

// A frame holding one constant value, so what plays shows which frame it was.
const constantFrame = (value) => new Uint8Array(160).fill(muLawEncode(value));
// What G.711 (Table 2a) reconstructs each level as, on the 16-bit scale (4 × the 14-bit values):
// 2000, 1500 and 1000 fall in the decision intervals 1951-2015, 1439-1503 and 991-1055, whose
// reconstruction values are 1983, 1471 and 1023.
const decodedLevel = { 8000: 1983 * 4, 6000: 1471 * 4, 4000: 1023 * 4 };

function render(buffer, samples) {
  const out = new Float32Array(samples);
  for (let start = 0; start < samples; start += 128) buffer.render(out.subarray(start, Math.min(start + 128, samples)));
  return out;
}

const peak = (samples) => samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0);

test("stays silent until the target depth (40 ms) is queued, then plays", () => {
  const buffer = new JitterBuffer({ outputRate: RATE });
  buffer.push(constantFrame(8000));
  assert.equal(peak(render(buffer, FRAME_OUT)), 0);
  assert.equal(buffer.stats.playing, false);

  buffer.push(constantFrame(8000));
  const out = render(buffer, FRAME_OUT);
  assert.equal(buffer.stats.playing, true);
  assert.ok(Math.abs(out[FRAME_OUT / 2] - decodedLevel[8000] / 32768) < 1e-3);
  assert.deepEqual(
    { targetMs: buffer.stats.targetMs, maxMs: buffer.stats.maxMs, underruns: buffer.stats.underruns, dropped: buffer.stats.dropped },
    { targetMs: 40, maxMs: 120, underruns: 0, dropped: 0 },
  );
});

test("frames arriving every 20 ms play without underrun, holding about the target depth", () => {
  const buffer = new JitterBuffer({ outputRate: RATE });
  buffer.push(constantFrame(1000));
  const depths = [];
  for (let i = 0; i < 100; i++) {
    buffer.push(constantFrame(1000));
    depths.push(buffer.stats.bufferedMs); // the most the cycle holds: just after a frame arrived
    render(buffer, FRAME_OUT);
  }
  assert.equal(buffer.stats.underruns, 0);
  // The first frame fills less than 20 ms (the resampler's delay), so one more frame has started.
  assert.equal(buffer.stats.framesPlayed, 101);
  // 40 ms, less the 3.6 ms that sit in the resampler's filter rather than in the queue.
  assert.ok(depths.slice(1).every((d) => d >= 35 && d <= 40), `depths from ${Math.min(...depths)} to ${Math.max(...depths)} ms`);
});

test("an underrun fades the last frame out, counts once, and re-buffers to the target depth", () => {
  const buffer = new JitterBuffer({ outputRate: RATE });
  for (let i = 0; i < 3; i++) buffer.push(constantFrame(16000));
  render(buffer, 3 * FRAME_OUT); // all three played
  const gap = render(buffer, 3 * FRAME_OUT); // nothing arrived: concealment, then silence
  assert.equal(buffer.stats.underruns, 1);
  assert.equal(buffer.stats.concealedFrames, 1);
  assert.ok(gap[100] > 0.4, "the repeated frame starts near full level");
  assert.ok(gap.slice(FRAME_OUT - 200, FRAME_OUT).every((s, i, a) => i === 0 || s <= a[i - 1] + 1e-3), "it fades, not clicks");
  assert.equal(peak(gap.slice(FRAME_OUT + 300)), 0, "then silence");

  buffer.push(constantFrame(16000));
  assert.equal(peak(render(buffer, FRAME_OUT)), 0, "one frame is not yet the target depth");
  buffer.push(constantFrame(16000));
  assert.ok(peak(render(buffer, FRAME_OUT)) > 0.4);
  assert.equal(buffer.stats.underruns, 1);
});

test("a burst beyond 120 ms drops the oldest frames down to the target depth and counts them", () => {
  const buffer = new JitterBuffer({ outputRate: RATE });
  for (let i = 1; i <= 10; i++) buffer.push(constantFrame(i * 1000));
  // The 7th frame overflowed 6 (120 ms): frames 1–5 went; 6–10 remain.
  assert.equal(buffer.stats.dropped, 5);
  assert.equal(buffer.stats.bufferedMs, 100);
  const out = render(buffer, FRAME_OUT);
  assert.ok(Math.abs(out[FRAME_OUT / 2] - decodedLevel[6000] / 32768) < 1e-3, "the oldest kept frame plays first");
});

test("frames of the wrong size and impossible depths are refused", () => {
  const buffer = new JitterBuffer({ outputRate: RATE });
  assert.throws(() => buffer.push(new Uint8Array(80)), /160 μ-law bytes, not 80/);
  assert.throws(() => new JitterBuffer({ outputRate: RATE, targetMs: 60, maxMs: 40 }), /targetMs < maxMs/);
});

test("works at 44.1 kHz, where a frame is not a whole number of render quanta", () => {
  const buffer = new JitterBuffer({ outputRate: 44100 });
  buffer.push(constantFrame(4000));
  const out = new Float32Array(44100); // one second, a frame (882 samples) pushed every 20 ms
  for (let start = 0; start < out.length; start += 882) {
    buffer.push(constantFrame(4000));
    const quantum = out.subarray(start, start + 882);
    for (let q = 0; q < quantum.length; q += 128) buffer.render(quantum.subarray(q, q + 128));
  }
  assert.equal(buffer.stats.underruns, 0);
  const expected = decodedLevel[4000] / 32768;
  assert.ok(out.slice(1000, 40000).every((s) => Math.abs(s - expected) < 1e-3));
});
