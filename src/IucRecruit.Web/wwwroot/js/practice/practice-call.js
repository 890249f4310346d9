// The practice call page (Pages/Practice/Call.cshtml): plays the caller's turns, listens to the
// microphone with voice activity detection, and goes on when the candidate has spoken and paused
// (turn-taking.js, voice-activity.js). Everything happens here, in the browser: the microphone's
// frames are measured and dropped, never sent; the form posts the call record and the measures once,
// when the candidate ends the call.
import { startTelephoneAudio } from "../audio/telephone-audio.js";
import { TurnTaking } from "./turn-taking.js";
import { VoiceActivity } from "./voice-activity.js";

const section = document.getElementById("practice-call");
const turns = JSON.parse(section.dataset.turns);
const paceSilenceMs = Number(section.dataset.silenceMs);
const $ = (id) => document.getElementById(id);
const [startButton, withoutMicButton, nextButton, pauseButton, endButton] =
  ["start-call", "start-without-microphone", "next-turn", "pause", "end-call"].map($);
const status = $("practice-status");
const caption = $("caption");
const captions = $("captions");
const moreTime = $("more-time");
const meter = $("mic-level");
const clock = section.querySelector("[data-practice-clock]");
const form = $("practice-record");

let audio = null;
let taker = null;
let source = null; // the turn playing
const clips = new Map(); // turn index → decoded AudioBuffer
const vad = new VoiceActivity();

const say = (text) => (status.textContent = text);

function silenceMs() {
  // The detector's hangover is already a pause before it says speech is over.
  return Math.max(0, paceSilenceMs * (moreTime.checked ? 2 : 1) - vad.hangoverMs);
}

async function clip(index) {
  if (!clips.has(index)) {
    const response = await fetch(turns[index].url);
    if (!response.ok) throw new Error(`The caller's recording could not be loaded (${response.status}).`);
    clips.set(index, await audio.context.decodeAudioData(await response.arrayBuffer()));
  }
  return clips.get(index);
}

async function play(index) {
  if (index === null) return;
  nextButton.disabled = true;
  showCaption(index);
  say(`The caller is speaking (turn ${index + 1} of ${turns.length}).`);
  const buffer = await clip(index);
  source = audio.context.createBufferSource();
  source.buffer = buffer;
  source.connect(audio.context.destination);
  const playing = source;
  source.onended = () => {
    if (playing !== source || taker.state !== "caller") return; // stopped by a pause
    source = null;
    const last = taker.turnEnded(performance.now());
    nextButton.disabled = last;
    say(last
      ? "That was the caller's last turn. Finish the call as you would, then end the call below."
      : "Your turn: answer the caller. When you pause, the caller goes on (or press Next).");
  };
  source.start();
  clip(index + 1 < turns.length ? index + 1 : index).catch(() => {}); // fetch the next turn ahead
}

function showCaption(index) {
  caption.textContent = `Caller: ${turns[index].transcript}`;
  caption.hidden = !captions.checked;
}

async function start(withMicrophone) {
  startButton.disabled = withoutMicButton.disabled = true;
  try {
    audio = await startTelephoneAudio({ microphone: withMicrophone });
  } catch (error) {
    startButton.disabled = withoutMicButton.disabled = false;
    say(error?.name === "NotAllowedError"
      ? "Your browser did not allow the microphone. Allow it and start again, or start without a microphone and use Next."
      : `The call could not start: ${error?.message ?? error}`);
    return;
  }
  taker = new TurnTaking({ turns: turns.length, silenceMs: silenceMs() });
  if (withMicrophone) {
    audio.onFrame((_codes, { rms }) => {
      meter.value = Math.min(1, rms * 4);
      const speaking = vad.push(rms);
      play(taker.frame(performance.now(), speaking)).catch(failed);
    });
  }
  pauseButton.disabled = endButton.disabled = false;
  setInterval(tick, 500);
  await play(taker.start(performance.now()));
}

function failed(error) {
  say(`Something went wrong: ${error?.message ?? error}. You can still end the call and see your result.`);
}

function next() {
  if (!taker) return;
  const index = taker.next(performance.now());
  if (index === null) return;
  play(index).catch(failed);
}

function togglePause() {
  if (!taker) return;
  if (taker.state === "paused") {
    pauseButton.textContent = "Pause";
    pauseButton.setAttribute("aria-pressed", "false");
    const replay = taker.resume(performance.now());
    say("The call carries on.");
    if (replay !== null) play(replay).catch(failed);
    else nextButton.disabled = taker.isLastTurn;
    return;
  }
  if (taker.state !== "caller" && taker.state !== "listening") return;
  taker.pause(performance.now());
  if (source) {
    const stopping = source;
    source = null;
    stopping.stop();
  }
  pauseButton.textContent = "Carry on";
  pauseButton.setAttribute("aria-pressed", "true");
  nextButton.disabled = true;
  say("Paused. The caller waits until you carry on.");
}

function tick() {
  if (!taker || taker.state === "paused" || taker.state === "ended") return;
  const seconds = Math.floor((performance.now() - taker.startedAt - taker.pausedMs) / 1000);
  clock.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

startButton.addEventListener("click", () => start(true));
withoutMicButton.addEventListener("click", () => start(false));
nextButton.addEventListener("click", next);
pauseButton.addEventListener("click", togglePause);
captions.addEventListener("change", () => {
  caption.hidden = !captions.checked || taker === null;
  say(captions.checked ? "Captions on." : "Captions off.");
});
moreTime.addEventListener("change", () => {
  if (taker) taker.silenceMs = silenceMs();
  say(moreTime.checked ? "More time on: the caller waits twice as long." : "More time off.");
});

// N and P when not typing; Alt+N and Alt+P anywhere, the call record too.
document.addEventListener("keydown", (event) => {
  const typing = event.target instanceof HTMLElement && event.target.matches("input, select, textarea");
  if (event.ctrlKey || event.metaKey || (typing && !event.altKey)) return;
  const key = event.key.toLowerCase();
  if (key === "n") next();
  else if (key === "p") togglePause();
  else return;
  event.preventDefault();
});

form.addEventListener("submit", (event) => {
  if (!taker || taker.state === "ended") {
    if (!taker) event.preventDefault();
    return;
  }
  if (source) source.stop();
  source = null;
  const measures = taker.end(performance.now());
  $("measure-durationMs").value = measures.durationMs;
  $("measure-candidateSpeechMs").value = measures.candidateSpeechMs;
  $("measure-callerSpeechMs").value = measures.callerSpeechMs;
  $("measure-responseTimesMs").value = measures.responseTimesMs.join(",");
  $("measure-turnsHeard").value = measures.turnsHeard;
  audio?.close();
  endButton.disabled = true; // posted once
  say("Ending the call…");
});
