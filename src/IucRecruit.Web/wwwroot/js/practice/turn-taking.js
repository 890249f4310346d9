// The automated caller's turn-taking, without any audio: the page (practice-call.js) tells it when
// a turn starts and ends and, every 20 ms frame, whether the candidate is speaking (voice-activity.js);
// it says when to play the next turn, and measures the call. Times are milliseconds on one clock.
//
// The caller waits for the candidate: after a turn, the next one comes once the candidate has spoken
// and then been quiet for `silenceMs` (the practice call's pace; longer with more time), or when they
// press "next". It never interrupts, and never goes on while they say nothing (they may be typing).
// The microphone is not heard while the caller speaks, so the caller's voice coming back through the
// speakers is never taken for the candidate's; nor is an utterance still going on when a turn ends
// (the candidate pressed "next" mid-sentence, or talked over the caller, or the caller's own voice
// echoed): only speech that starts while the caller listens answers the turn, so one press of
// "next" moves the call on once, never once for the key and again for the end of that sentence.
//
// States: "ready" (before the first turn), "caller" (a turn playing), "listening", "paused", "ended".

export class TurnTaking {
  constructor({ turns, silenceMs, frameMs = 20 }) {
    if (!(turns >= 1)) throw new RangeError("a practice call has at least one turn");
    Object.assign(this, { turns, silenceMs, frameMs });
    this.state = "ready";
    this.turn = -1; // the index of the turn playing or last played
    this.startedAt = null;
    this.endedAt = null;
    this.pausedMs = 0;
    this.pausedAt = null;
    this.resumeTo = null;
    this.turnStartedAt = null;
    this.listeningSince = null;
    this.spoken = false;
    this.quietSince = null;
    this.hearing = false; // the detector's last word, whatever the state
    this.carriedOver = false; // an utterance that began before this turn ended and has not yet stopped
    this.callerSpeechMs = 0;
    this.candidateSpeechMs = 0;
    this.responseTimesMs = [];
  }

  /** The first turn begins; returns its index. */
  start(now) {
    if (this.state !== "ready") throw new Error(`cannot start while ${this.state}`);
    this.startedAt = now;
    return this.#play(now);
  }

  /** The turn playing has finished. Returns true if it was the last. */
  turnEnded(now) {
    if (this.state !== "caller") return false;
    this.callerSpeechMs += now - this.turnStartedAt;
    this.state = "listening";
    this.listeningSince = now;
    this.spoken = false;
    this.quietSince = null;
    this.carriedOver = this.hearing;
    return this.isLastTurn;
  }

  /**
   * One frame's voice activity. Returns the index of the turn to play now, or null. After the last
   * turn, speaking and pausing plays nothing: the candidate ends the call.
   */
  frame(now, speaking) {
    this.hearing = speaking;
    if (this.state !== "listening") return null;
    if (this.carriedOver) {
      if (speaking) return null;
      this.carriedOver = false;
    }
    if (speaking) {
      this.candidateSpeechMs += this.frameMs;
      if (!this.spoken) this.responseTimesMs.push(now - this.listeningSince);
      this.spoken = true;
      this.quietSince = null;
      return null;
    }
    if (!this.spoken) return null;
    this.quietSince ??= now;
    if (now - this.quietSince < this.silenceMs || this.isLastTurn) return null;
    return this.#play(now);
  }

  /** The "next" key: the next turn now, whether or not they spoke. Null if there is none, or a turn is playing. */
  next(now) {
    if (this.state !== "listening" || this.isLastTurn) return null;
    return this.#play(now);
  }

  /** Pauses the call (a turn playing is stopped by the page and played again on resume). */
  pause(now) {
    if (this.state !== "caller" && this.state !== "listening") return;
    if (this.state === "caller") this.callerSpeechMs += now - this.turnStartedAt;
    this.resumeTo = this.state;
    this.pausedAt = now;
    this.state = "paused";
  }

  /** Resumes; returns the index of the turn to play again if one was playing, or null. */
  resume(now) {
    if (this.state !== "paused") return null;
    const paused = now - this.pausedAt;
    this.pausedMs += paused;
    // The pause does not count towards a response time or the silence after speech.
    if (this.listeningSince !== null) this.listeningSince += paused;
    if (this.quietSince !== null) this.quietSince += paused;
    this.pausedAt = null;
    if (this.resumeTo === "caller") return this.#play(now, this.turn);
    this.state = "listening";
    return null;
  }

  /** Ends the call; returns what it measured (PracticeMeasures on the server). */
  end(now) {
    if (this.state === "ready" || this.state === "ended") throw new Error(`cannot end while ${this.state}`);
    if (this.state === "paused") this.resume(now);
    if (this.state === "caller") this.callerSpeechMs += now - this.turnStartedAt;
    this.state = "ended";
    this.endedAt = now;
    return this.measures;
  }

  get isLastTurn() {
    return this.turn === this.turns - 1;
  }

  get measures() {
    const end = this.endedAt ?? this.pausedAt ?? null;
    return {
      durationMs: end === null ? null : Math.round(end - this.startedAt - this.pausedMs),
      candidateSpeechMs: Math.round(this.candidateSpeechMs),
      callerSpeechMs: Math.round(this.callerSpeechMs),
      responseTimesMs: this.responseTimesMs.map(Math.round),
      turnsHeard: this.turn + 1,
    };
  }

  #play(now, index = this.turn + 1) {
    this.turn = index;
    this.state = "caller";
    this.turnStartedAt = now;
    this.listeningSince = null;
    return index;
  }
}
