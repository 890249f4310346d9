// The assessor's side of a mock call: listen to both sides and watch the call record fill in.
// The microphone is never opened.
import { startTelephoneAudio } from "../audio/telephone-audio.js";
import { CallClock, CallConnection, playbackFor } from "./call-connection.js";

const section = document.querySelector("[data-call]");
if (section) {
  const status = section.querySelector("[data-call-status]");
  const clock = new CallClock(section.querySelector("[data-call-clock]"));
  const start = document.getElementById("start-listening");
  const cells = new Map([...document.querySelectorAll("[data-record-value]")].map((cell) => [cell.dataset.recordValue, cell]));

  const say = (text) => { status.textContent = text; };
  const show = (phase, callMs) => {
    if (callMs !== undefined) clock.set(phase, callMs);
    say({ Waiting: "Waiting for the call to start…", Ringing: "Ringing…", Connected: "Listening to the call.", Ended: "The call has ended." }[phase]);
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
          show(snapshot.phase, snapshot.callMs);
        },
        event: (event) => {
          if (event.type === "record-field") fill(event.fieldId, event.value);
          if (event.type === "rang") show("Ringing", 0);
          if (event.type === "answered") show("Connected", 0);
          if (event.type === "ended") show("Ended", event.callMs);
        },
        audio: play,
        state: (state) => { if (state === "reconnecting") say("The connection dropped. Reconnecting…"); },
      });
      await call.start();
      start.hidden = true;
    } catch (error) {
      say(`Could not start listening: ${error.message ?? error}`);
      start.disabled = false;
    }
  });
}
