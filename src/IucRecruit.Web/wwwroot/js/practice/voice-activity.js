// Live voice activity in the browser, one 20 ms frame at a time: is the candidate speaking now?
// Nothing leaves the page; only the decision is used (turn-taking.js).
//
// An energy detector, written small, after the same sources as the server's detector
// (src/IucRecruit.Audio/Analysis/VoiceActivityDetector.cs, decision 0013), made causal:
//  - two thresholds above the background level (L. R. Rabiner and M. R. Sambur, "An algorithm for
//    determining the endpoints of isolated utterances", Bell System Technical Journal 54(2), 1975):
//    a frame must rise `startDb` above it for `onsetFrames` frames in a row to start speech, and
//    speech goes on while frames stay `stayDb` above it;
//  - the background level is a floor that follows the quietest frames: it drops at once to a
//    quieter frame and rises only slowly (`floorRiseDbPerSecond`), the idea of R. Martin's minimum
//    statistics (IEEE Trans. Speech and Audio Processing 9(5), 2001) without its window, so
//    steady noise that arrives (a fan, a television) becomes background within seconds;
//  - a hangover: speech ends only after `hangoverFrames` frames below the lower threshold, so the
//    short gaps between words do not end it (ITU-T G.729 Annex B; GSM 06.32).
// Frames quieter than `minimumDb` (dB of full scale) are never speech, whatever the floor.

export const FRAME_MS = 20;

export class VoiceActivity {
  constructor({ startDb = 12, stayDb = 6, onsetFrames = 3, hangoverFrames = 15, floorRiseDbPerSecond = 3, minimumDb = -55, initialFloorDb = -70 } = {}) {
    Object.assign(this, { startDb, stayDb, onsetFrames, hangoverFrames, minimumDb });
    this.floorRise = (floorRiseDbPerSecond * FRAME_MS) / 1000;
    this.floorDb = initialFloorDb;
    this.speaking = false;
    this.above = 0; // frames in a row over the start threshold
    this.below = 0; // frames in a row under the stay threshold, while speaking
  }

  /** How long after the last loud frame speech is declared over. */
  get hangoverMs() {
    return this.hangoverFrames * FRAME_MS;
  }

  /** The frame's level as an RMS of full scale (0 to 1). Returns true while speech is heard. */
  push(rms) {
    const db = rms > 0 ? Math.max(-120, 20 * Math.log10(rms)) : -120;
    const loud = db >= this.minimumDb;
    if (this.speaking) {
      if (loud && db >= this.floorDb + this.stayDb) this.below = 0;
      else if (++this.below >= this.hangoverFrames) {
        this.speaking = false;
        this.above = 0;
      }
    } else if (loud && db >= this.floorDb + this.startDb) {
      if (++this.above >= this.onsetFrames) {
        this.speaking = true;
        this.below = 0;
      }
    } else {
      this.above = 0;
    }
    // The floor follows every frame, speech too: it falls at once to the quiet between words and
    // rises slowly, so a line that gets noisier and stays so becomes background again.
    this.floorDb = db < this.floorDb ? db : this.floorDb + this.floorRise;
    return this.speaking;
  }
}
