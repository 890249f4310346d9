// Plays a two-channel call recording with a mute per channel. The browser's <audio> element cannot
// silence one channel, so the WAV is decoded with Web Audio and each channel gets its own gain,
// mixed to both ears. Seeking restarts the buffer source at the new offset.
const root = document.querySelector("[data-recording]");
if (root) {
  const durationMs = Number(root.dataset.durationMs);
  const play = document.getElementById("play");
  const seek = document.getElementById("seek");
  const position = document.getElementById("position");
  const status = document.getElementById("player-status");
  const hear = [document.getElementById("hear-caller"), document.getElementById("hear-candidate")];
  const playheads = document.querySelectorAll("[data-playhead]");
  const columns = Number(document.querySelector(".waveform svg").viewBox.baseVal.width);

  let context, buffer, source, gains, startedAt = 0, offsetMs = 0, frame;

  const clock = (ms) => {
    const s = Math.floor(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  };

  const show = (ms) => {
    seek.value = String(ms);
    position.textContent = clock(ms);
    const x = String(durationMs === 0 ? 0 : (ms / durationMs) * columns);
    for (const line of playheads) { line.setAttribute("x1", x); line.setAttribute("x2", x); }
  };

  const currentMs = () => source ? offsetMs + (context.currentTime - startedAt) * 1000 : offsetMs;

  const load = async () => {
    status.textContent = "Loading the recording…";
    context = new AudioContext();
    const response = await fetch(root.dataset.audioUrl, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`The recording could not be loaded (${response.status}).`);
    buffer = await context.decodeAudioData(await response.arrayBuffer());
    gains = [context.createGain(), context.createGain()];
    gains.forEach((gain, channel) => { gain.gain.value = hear[channel].checked ? 1 : 0; gain.connect(context.destination); });
    status.textContent = "";
  };

  const stop = () => {
    if (!source) return;
    offsetMs = currentMs();
    source.onended = null;
    source.stop();
    source = undefined;
    cancelAnimationFrame(frame);
    play.textContent = "Play";
  };

  const start = () => {
    if (offsetMs >= durationMs) offsetMs = 0;
    source = context.createBufferSource();
    source.buffer = buffer;
    const splitter = context.createChannelSplitter(2);
    source.connect(splitter);
    splitter.connect(gains[0], 0);
    splitter.connect(gains[1], 1);
    source.onended = () => { offsetMs = durationMs; stop(); show(durationMs); };
    startedAt = context.currentTime;
    source.start(0, offsetMs / 1000);
    play.textContent = "Pause";
    const tick = () => { show(Math.min(durationMs, currentMs())); frame = requestAnimationFrame(tick); };
    tick();
  };

  const goTo = async (ms) => {
    const playing = Boolean(source);
    stop();
    offsetMs = Math.max(0, Math.min(durationMs, ms));
    show(offsetMs);
    if (playing) start();
  };

  play.addEventListener("click", async () => {
    try {
      if (!buffer) await load();
      await context.resume();
      if (source) stop(); else start();
    } catch (error) {
      status.textContent = error.message;
    }
  });
  seek.addEventListener("input", () => goTo(Number(seek.value)));
  hear.forEach((box, channel) => box.addEventListener("change", () => {
    if (gains) gains[channel].gain.value = box.checked ? 1 : 0;
  }));
  for (const button of document.querySelectorAll("[data-seek-ms]")) {
    button.addEventListener("click", () => { goTo(Number(button.dataset.seekMs)); seek.focus(); });
  }
  play.disabled = false;
  seek.disabled = false;
  // A link to a moment of the call (an assessor's evidence) starts there.
  const startMs = Number(root.dataset.startMs);
  if (startMs > 0) goTo(startMs);
}
