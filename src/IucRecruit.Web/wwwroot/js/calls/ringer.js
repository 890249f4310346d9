// The ring a UK telephone makes (400 Hz + 450 Hz, twice 0.4 s on with 0.2 s between, then 2 s of
// silence: the UK ringing cadence), so that the candidate hears the call coming in, not only sees it.
export class Ringer {
  constructor() {
    this.context = null;
    this.timer = null;
  }

  start() {
    if (this.timer) return;
    this.context ??= new AudioContext();
    const ring = () => {
      const now = this.context.currentTime;
      for (const offset of [0, 0.6]) {
        const gain = this.context.createGain();
        gain.gain.value = 0.15;
        gain.connect(this.context.destination);
        for (const frequency of [400, 450]) {
          const tone = this.context.createOscillator();
          tone.frequency.value = frequency;
          tone.connect(gain);
          tone.start(now + offset);
          tone.stop(now + offset + 0.4);
        }
      }
    };
    ring();
    this.timer = setInterval(ring, 3000);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
  }
}
