// The assessor's side of a mock call: listen to both sides, watch the call record fill in, and
// note evidence as it happens. The microphone is never opened.
import { startTelephoneAudio } from "../audio/telephone-audio.js";
import { CallClock, CallConnection, playbackFor } from "./call-connection.js";
import { EvidenceConsole } from "./assessor-evidence.js";

const section = document.querySelector("[data-call]");
if (section) {
  const status = section.querySelector("[data-call-status]");
  const clock = new CallClock(section.querySelector("[data-call-clock]"));
  const start = document.getElementById("start-listening");
  const rateLink = section.querySelector("[data-rate-link]");
  const evidence = new EvidenceConsole(document.querySelector("[data-evidence-console]"));
  const cells = new Map([...document.querySelectorAll("[data-record-value]")].map((cell) => [cell.dataset.recordValue, cell]));

  const say = (text) => { status.textContent = text; };
  const show = (phase, callMs) => {
    if (callMs !== undefined) clock.set(phase, callMs);
    say({ Waiting: "Waiting for the call to start…", Ringing: "Ringing…", Connected: "Listening to the call.", Ended: "The call has ended." }[phase]);
    rateLink.hidden = phase !== "Ended";
  };
  const fill = (fieldId, value) => { const cell = cells.get(fieldId); if (cell) cell.textContent = value; };

  start.addEventListener("click", async () => {
    start.disabled = true;
    try {
      const audio = await startTelephoneAudio({ microphone: false });
      const play = playbackFor(audio, ["Caller", "Candidate", "Clip"]);
      const call = new CallConnection(section.dataset.call, {
        snapshot: (snapshot) => {
          for (const [id, value] of Object.entries(snapshot.recordFields ?? {})) fill(id, value);
          evidence.show(snapshot.evidence);
          show(snapshot.phase, snapshot.callMs);
        },
        event: (event) => {
          if (event.type === "record-field") fill(event.fieldId, event.value);
          if (event.type === "evidence") evidence.add(event);
          if (event.type === "rang") show("Ringing", 0);
          if (event.type === "answered") show("Connected", 0);
          if (event.type === "ended") show("Ended", event.callMs);
        },
        audio: play,
        state: (state) => { if (state === "reconnecting") say("The connection dropped. Reconnecting…"); },
      });
      await call.start();
      evidence.connect(call);
      start.hidden = true;
    } catch (error) {
      say(`Could not start listening: ${error.message ?? error}`);
      start.disabled = false;
    }
  });
}
