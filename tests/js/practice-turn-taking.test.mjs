import { test } from "node:test";
import assert from "node:assert/strict";

const practice = new URL("../../src/IucRecruit.Web/wwwroot/js/practice/", import.meta.url);
const { TurnTaking } = await import(new URL("turn-taking.js", practice));
const { VoiceActivity, FRAME_MS } = await import(new URL("voice-activity.js", practice));

// Feeds `ms` of frames, every 20 ms from `from`, each speaking or not; returns the first turn to play, with its time.
function frames(taker, from, ms, speaking) {
  for (let t = from; t < from + ms; t += 20) {
    const turn = taker.frame(t, speaking);
    if (turn !== null) return { turn, at: t };
  }
  return null;
}

test("the next turn plays once the candidate has spoken and then been quiet for the pace's silence", () => {
  const taker = new TurnTaking({ turns: 3, silenceMs: 1000 });
  assert.equal(taker.start(0), 0);
  assert.equal(taker.turnEnded(4000), false);
  // 600 ms before answering, 2 s of speech, then quiet.
  assert.equal(frames(taker, 4000, 600, false), null);
  assert.equal(frames(taker, 4600, 2000, true), null);
  assert.deepEqual(frames(taker, 6600, 3000, false), { turn: 1, at: 7600 });
  assert.equal(taker.state, "caller");
  assert.deepEqual(taker.responseTimesMs, [600]);
  assert.equal(taker.candidateSpeechMs, 2000);
});

test("a short pause between words does not hand the turn back; silence before speaking never does", () => {
  const taker = new TurnTaking({ turns: 2, silenceMs: 1000 });
  taker.start(0);
  taker.turnEnded(1000);
  // Thirty seconds of typing in silence: the caller waits.
  assert.equal(frames(taker, 1000, 30000, false), null);
  assert.equal(frames(taker, 31000, 500, true), null);
  assert.equal(frames(taker, 31500, 800, false), null); // under the silence
  assert.equal(frames(taker, 32300, 500, true), null);
  assert.deepEqual(frames(taker, 32800, 2000, false), { turn: 1, at: 33800 });
  assert.deepEqual(taker.responseTimesMs, [30000]);
});

test("more time (a longer silence) waits longer before the caller goes on", () => {
  const normal = new TurnTaking({ turns: 2, silenceMs: 1200 });
  const more = new TurnTaking({ turns: 2, silenceMs: 2400 });
  for (const taker of [normal, more]) {
    taker.start(0);
    taker.turnEnded(1000);
    frames(taker, 1000, 1000, true);
  }
  assert.equal(frames(normal, 2000, 5000, false).at, 3200);
  assert.equal(frames(more, 2000, 5000, false).at, 4400);
});

test("the next key plays the next turn without speech, but not while the caller speaks or after the last turn", () => {
  const taker = new TurnTaking({ turns: 2, silenceMs: 700 });
  taker.start(0);
  assert.equal(taker.next(500), null);
  taker.turnEnded(2000);
  assert.equal(taker.next(2500), 1);
  assert.equal(taker.turnEnded(4000), true);
  assert.equal(taker.next(4100), null);
  // After the last turn, speaking and pausing plays nothing: the candidate ends the call.
  frames(taker, 4100, 1000, true);
  assert.equal(frames(taker, 5100, 3000, false), null);
  assert.deepEqual(taker.end(9000), { durationMs: 9000, candidateSpeechMs: 1000, callerSpeechMs: 3500, responseTimesMs: [100], turnsHeard: 2 });
});

test("a pause stops the clock: it counts in neither the call's length nor a response time", () => {
  const taker = new TurnTaking({ turns: 2, silenceMs: 1000 });
  taker.start(0);
  taker.turnEnded(2000);
  taker.pause(2500);
  assert.equal(taker.frame(3000, true), null); // not heard while paused
  assert.equal(taker.resume(62500), null);
  frames(taker, 62500, 1000, true);
  const measures = taker.end(64000);
  assert.deepEqual(measures.responseTimesMs, [500]);
  assert.equal(measures.durationMs, 4000);
  assert.equal(measures.candidateSpeechMs, 1000);
});

test("a turn paused while playing is played again on resume", () => {
  const taker = new TurnTaking({ turns: 3, silenceMs: 1000 });
  taker.start(0);
  taker.turnEnded(1000);
  taker.next(1500);
  taker.pause(2000);
  assert.equal(taker.resume(5000), 1);
  taker.turnEnded(7000);
  // 1 s of the first turn, 0.5 s of the second before the pause, then 2 s of it again.
  assert.equal(taker.end(7000).callerSpeechMs, 3500);
});

test("the microphone is not listened to while the caller speaks", () => {
  const taker = new TurnTaking({ turns: 2, silenceMs: 1000 });
  taker.start(0);
  assert.equal(frames(taker, 0, 3000, true), null);
  assert.equal(taker.candidateSpeechMs, 0);
});

test("the next key pressed mid-sentence moves the call on once: the end of that sentence does not answer the next turn", () => {
  const taker = new TurnTaking({ turns: 3, silenceMs: 1000 });
  taker.start(0);
  taker.turnEnded(2000);
  assert.equal(frames(taker, 2000, 200, false), null);
  assert.equal(frames(taker, 2200, 800, true), null);
  // N while speaking: the next turn plays; the candidate talks on over it and past its end.
  assert.equal(taker.next(3000), 1);
  assert.equal(frames(taker, 3000, 1000, true), null);
  assert.equal(taker.turnEnded(4000), false);
  assert.equal(frames(taker, 4000, 500, true), null);
  // Their sentence ends; the caller waits for an answer to turn 2, however long the quiet.
  assert.equal(frames(taker, 4500, 10000, false), null);
  assert.equal(taker.turn, 1);
  assert.equal(taker.state, "listening");
  // A new utterance answers it, and the caller goes on once after it.
  assert.equal(frames(taker, 14500, 1000, true), null);
  assert.deepEqual(frames(taker, 15500, 3000, false), { turn: 2, at: 16500 });
  assert.deepEqual(taker.responseTimesMs, [200, 10500]);
  assert.equal(taker.candidateSpeechMs, 800 + 1000, "the carried-over tail is not counted as an answer");
});

test("with the real detector, N mid-utterance advances exactly once even while the hangover still says speech", () => {
  const vad = new VoiceActivity();
  const taker = new TurnTaking({ turns: 3, silenceMs: 700 });
  const levels = (from, ms, db) => {
    for (let t = from; t < from + ms; t += FRAME_MS) {
      const turn = taker.frame(t, vad.push(level(db)));
      if (turn !== null) return { turn, at: t };
    }
    return null;
  };
  taker.start(0);
  assert.equal(levels(0, 1000, -65), null); // background while the first turn plays
  taker.turnEnded(1000);
  assert.equal(levels(1000, 1500, -30), null); // speaking
  assert.equal(taker.next(2500), 1);
  assert.equal(levels(2500, 1400, -30), null); // still speaking over the caller
  taker.turnEnded(3900);
  // 100 ms more speech, then quiet: the detector says speech for its 300 ms hangover after it.
  assert.equal(levels(3900, 100, -30), null);
  assert.equal(levels(4000, 5000, -65), null, "no second advance from the sentence the key interrupted");
  assert.equal(taker.turn, 1);
  // An answer to turn 2, then a pause: the caller goes on to turn 3, once.
  assert.equal(levels(9000, 1000, -30), null);
  const next = levels(10000, 3000, -65);
  assert.equal(next.turn, 2);
  // Speech ends 300 ms (hangover) after the last loud frame; then 700 ms of quiet.
  assert.equal(next.at, 10000 + 300 - FRAME_MS + 700);
});

// The detector, on levels as the capture worklet reports them (RMS of full scale per 20 ms frame).
const level = (db) => 10 ** (db / 20);
const run = (vad, db, count) => Array.from({ length: count }, () => vad.push(level(db)));

test("voice activity: speech well above the background starts after the onset frames and ends after the hangover", () => {
  const vad = new VoiceActivity();
  assert.equal(FRAME_MS, 20);
  assert.ok(run(vad, -60, 50).every((s) => !s), "background noise is not speech");
  const onset = run(vad, -30, 5);
  assert.deepEqual(onset, [false, false, true, true, true]);
  // Quiet again: still speech for the hangover (15 frames, 300 ms), then not.
  const after = run(vad, -60, 20);
  assert.equal(after.indexOf(false), 14);
  assert.equal(vad.hangoverMs, 300);
});

test("voice activity: a gap between words shorter than the hangover keeps speech going", () => {
  const vad = new VoiceActivity();
  run(vad, -60, 50);
  run(vad, -30, 10);
  assert.ok(run(vad, -62, 10).every(Boolean));
  assert.ok(run(vad, -30, 5).every(Boolean));
});

test("voice activity: a click (one loud frame) is not speech, nor is anything under the absolute minimum", () => {
  const vad = new VoiceActivity();
  run(vad, -90, 50);
  assert.deepEqual(run(vad, -20, 1).concat(run(vad, -90, 3)), [false, false, false, false]);
  assert.ok(run(vad, -58, 20).every((s) => !s), "-58 dBFS is 32 dB above the floor but under -55 dBFS");
});

test("voice activity: the background level follows a noisier line, so steady noise stops being speech", () => {
  const vad = new VoiceActivity();
  run(vad, -70, 50);
  // The line gets 20 dB noisier and stays so: at first it is taken for speech (a start 20 dB
  // above the floor), but the floor then rises 3 dB a second, so within about ten seconds steady
  // noise is background again.
  const noisy = run(vad, -50, 1000);
  assert.equal(noisy[10], true);
  assert.equal(noisy.at(-1), false);
});
