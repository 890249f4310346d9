import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { audioModules, reference } from "./reference.mjs";

const { muLawEncode, muLawDecode, encodeMuLaw, decodeMuLaw, SILENCE_CODE } = await import(new URL("telephone-dsp.js", audioModules));

test("every code decodes to the C# MuLaw value", () => {
  const decoded = Array.from({ length: 256 }, (_, code) => muLawDecode(code));
  assert.deepEqual(decoded, reference.muLawDecode);
});

test("every 16-bit sample encodes to the C# MuLaw code (all 65,536 compared by hash)", () => {
  const codes = new Uint8Array(65536);
  for (let s = -32768; s <= 32767; s++) codes[s + 32768] = muLawEncode(s);
  assert.equal(createHash("sha256").update(codes).digest("hex"), reference.muLawEncodeEverySampleSha256);
});

test("segment starts of G.711 Table 2a (14-bit values, times 4)", () => {
  const table2a = [[0xff, 0], [0xef, 33], [0xdf, 99], [0xcf, 231], [0xbf, 495], [0xaf, 1023], [0x9f, 2079], [0x8f, 4191], [0x80, 8031], [0x00, -8031]];
  for (const [code, value] of table2a) assert.equal(muLawDecode(code), value * 4, `code 0x${code.toString(16)}`);
});

test("silence and the extremes encode as the C# tests expect", () => {
  assert.equal(muLawEncode(0), SILENCE_CODE);
  assert.equal(muLawEncode(32767), 0x80);
  assert.equal(muLawEncode(-32768), 0x00);
  assert.equal(muLawEncode(-1), 0x7f);
});

test("arrays encode and decode element by element", () => {
  const samples = Int16Array.from([0, 1000, -1000, 32767, -32768]);
  const codes = encodeMuLaw(samples);
  assert.ok(codes instanceof Uint8Array);
  assert.deepEqual(Array.from(decodeMuLaw(codes)), Array.from(samples, (s) => muLawDecode(muLawEncode(s))));
});
