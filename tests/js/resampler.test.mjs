import { test } from "node:test";
import assert from "node:assert/strict";
import { amplitudeAt, audioModules, decibels, reference, rms, tone } from "./reference.mjs";

const { Resampler, resample, toInt16 } = await import(new URL("telephone-dsp.js", audioModules));

for (const inputRate of [8000, 16000, 22050, 32000, 44100, 48000]) {
  test(`a 1 kHz tone at ${inputRate} Hz passes within 0.5 dB`, () => {
    const output = resample(tone(1000, inputRate, 1), inputRate);
    const gain = decibels(amplitudeAt(output, 8000, 1000) / 30000);
    assert.ok(Math.abs(gain) <= 0.5, `${gain.toFixed(2)} dB`);
  });

  test(`3400 Hz, the top of the telephone band, at ${inputRate} Hz passes within 0.5 dB`, () => {
    const output = resample(tone(3400, inputRate, 1), inputRate);
    const gain = decibels(amplitudeAt(output, 8000, 3400) / 30000);
    assert.ok(Math.abs(gain) <= 0.5, `${gain.toFixed(2)} dB`);
  });
}

for (const inputRate of [48000, 44100]) {
  test(`a 6 kHz tone at ${inputRate} Hz is attenuated by at least 40 dB`, () => {
    const output = resample(tone(6000, inputRate, 1), inputRate);
    const level = decibels(rms(output, 8000) / (30000 / Math.SQRT2));
    assert.ok(level <= -40, `${level.toFixed(1)} dB`);
  });
}

test("output equals the C# Resampler's for every reference case", () => {
  for (const { inputRate, outputRate, input, output } of reference.resampling) {
    const actual = Array.from(resample(Float64Array.from(input), inputRate, outputRate));
    assert.equal(actual.length, output.length, `${inputRate} -> ${outputRate} Hz: length`);
    const differences = actual.filter((s, i) => s !== output[i]).length;
    assert.equal(differences, 0, `${inputRate} -> ${outputRate} Hz: ${differences} samples differ`);
  }
});

test("20 ms blocks (and 128-sample render quanta) give exactly the one-shot output", () => {
  const input = tone(440, 44100, 0.7).map((s, i) => s / 2 + Math.round(1500 * Math.sin((2 * Math.PI * 2900 * i) / 44100)));
  const oneShot = Array.from(resample(input, 44100));
  for (const block of [882, 128]) {
    const resampler = new Resampler(44100);
    const out = new Float64Array(resampler.maxOutputLength(block));
    const streamed = [];
    for (let start = 0; start < input.length; start += block) {
      const count = resampler.process(input.subarray(start, start + block), out);
      streamed.push(...Array.from(out.subarray(0, count), toInt16));
    }
    const tail = new Float64Array(resampler.maxOutputLength(resampler.taps));
    streamed.push(...Array.from(tail.subarray(0, resampler.flush(tail)), toInt16));
    assert.deepEqual(streamed, oneShot, `blocks of ${block}`);
  }
});

test("upsampling 8 kHz to 48 kHz keeps 1 kHz and removes its images", () => {
  const output = resample(tone(1000, 8000, 1), 8000, 48000);
  assert.equal(output.length, 48000);
  assert.ok(Math.abs(decibels(amplitudeAt(output, 48000, 1000) / 30000)) <= 0.5);
  assert.ok(decibels(amplitudeAt(output, 48000, 7000) / 30000) <= -60);
});

test("the streaming delay is a few milliseconds", () => {
  const delay = new Resampler(44100).delaySeconds * 1000;
  assert.ok(delay >= 2 && delay <= 5, `${delay} ms`);
});

test("rates that need too many filter phases are refused with the reason", () => {
  assert.throws(() => new Resampler(44099), /44099 Hz to 8000 Hz needs 8000 filter phases/);
  assert.throws(() => new Resampler(4000), /between 8000 and 384000 Hz/);
});
