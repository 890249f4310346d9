// The role-player's side of a mock call: ring, speak, play clips, mute, end.
import { startTelephoneAudio } from "../audio/telephone-audio.js";
import { CallClock, CallConnection, playbackFor } from "./call-connection.js";

const section = document.querySelector("[data-call]");
if (section) {
  const byId = (id) => document.getElementById(id);
  const status = section.querySelector("[data-call-status]");
  const present = section.querySelector("[data-present]");
  const clock = new CallClock(section.querySelector("[data-call-clock]"));
  const [startAudio, ring, mute, end] = ["start-audio", "ring", "mute", "end-call"].map(byId);
  const clipButtons = [...document.querySelectorAll("[data-clip]")];
  let audio = null;
  let call = null;
  let phase = "Waiting";
  let candidateHere = false;

  const say = (text) => { status.textContent = text; };

  const show = (newPhase, callMs) => {
    phase = newPhase;
    if (callMs !== undefined) clock.set(phase, callMs);
    ring.disabled = phase !== "Waiting" || !candidateHere;
    mute.disabled = end.disabled = !(phase === "Ringing" || phase === "Connected");
    clipButtons.forEach((button) => { button.disabled = phase !== "Connected"; });
    say({
      Waiting: candidateHere ? "The candidate is ready. Ring when you are." : "Waiting for the candidate to join…",
      Ringing: "Ringing the candidate…",
      Connected: "Connected. You are on the call.",
      Ended: "The call has ended. Thank you: this call counts towards your development record.",
    }[phase]);
  };

  const setPresence = (participants) => {
    candidateHere = participants.some((p) => p.party === "Candidate");
    present.textContent = candidateHere ? "The candidate is connected." : "Candidate not connected yet.";
  };

  startAudio.addEventListener("click", async () => {
    startAudio.disabled = true;
    try {
      audio = await startTelephoneAudio();
      const play = playbackFor(audio, ["Candidate", "Clip"]);
      call = new CallConnection(section.dataset.call, {
        snapshot: (snapshot) => { setPresence(snapshot.present); show(snapshot.phase, snapshot.callMs); },
        event: (event) => {
          if (event.type === "joined" && event.party === "Candidate") { candidateHere = true; present.textContent = "The candidate is connected."; show(phase); }
          if (event.type === "left" && event.party === "Candidate") { candidateHere = false; present.textContent = "The candidate has disconnected."; show(phase); }
          if (event.type === "rang") show("Ringing", 0);
          if (event.type === "answered") show("Connected", 0);
          if (event.type === "ended") show("Ended", event.callMs);
        },
        audio: play,
        state: (state) => {
          if (state === "reconnecting") say("The connection dropped. Reconnecting…");
          if (state === "closed") say("The connection was lost. Reload the page to rejoin the call.");
        },
      });
      await call.start();
      call.sendAudio(audio);
      startAudio.hidden = true;
    } catch (error) {
      say(`Could not start: ${error.message ?? error.name ?? error}`);
      startAudio.disabled = false;
    }
  });

  const act = async (method, ...args) => {
    const refusal = await call.invoke(method, ...args);
    if (refusal) say(refusal);
  };

  ring.addEventListener("click", () => act("Ring"));
  end.addEventListener("click", () => act("EndCall"));
  mute.addEventListener("click", async () => {
    const muted = !audio.muted;
    audio.setMuted(muted);
    mute.setAttribute("aria-pressed", String(muted));
    mute.textContent = muted ? "Unmute" : "Mute";
    await act("SetMuted", muted);
  });
  clipButtons.forEach((button) => button.addEventListener("click", () => act("PlayClip", button.dataset.clip)));
}
