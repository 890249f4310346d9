// The candidate's side of a mock call: microphone check, then the call with its call record.
import { startTelephoneAudio } from "../audio/telephone-audio.js";
import { CallClock, CallConnection, playbackFor } from "./call-connection.js";
import { Ringer } from "./ringer.js";

const section = document.querySelector("[data-call]");
if (section) {
  const callId = section.dataset.call;
  const wrapUpMs = Number(section.dataset.wrapUpMs);
  const byId = (id) => document.getElementById(id);
  const status = section.querySelector("[data-call-status]");
  const audioStatus = byId("audio-status");
  const meter = byId("mic-level");
  const [startAudio, testPlayback, join, answer, mute, end] =
    ["start-audio", "test-playback", "join-call", "answer", "mute", "end-call"].map(byId);
  const fields = [...section.querySelectorAll("[data-field]")];
  // The job's conditions and the microphone check come before the call; once it is joined they
  // make way, so that the controls and the call record are at the top of the page.
  const beforeCall = [...document.querySelectorAll("[data-before-call]")];
  const clock = new CallClock(section.querySelector("[data-call-clock]"));
  const ringer = new Ringer();

  let audio = null;
  let call = null;
  let play = null;
  let phase = "Waiting";
  let endedAt = null;

  const say = (text) => { status.textContent = text; };

  const showLevel = () => {
    if (!audio) return;
    meter.value = Math.min(1, audio.level.rms * 4);
    meter.textContent = meter.value.toFixed(2);
    requestAnimationFrame(showLevel);
  };

  startAudio.addEventListener("click", async () => {
    try {
      audio ??= await startTelephoneAudio();
      play = playbackFor(audio, ["Caller", "Clip"]);
      audioStatus.textContent = "Your microphone is on. Speak and watch the level move.";
      startAudio.disabled = true;
      testPlayback.disabled = false;
      join.disabled = false;
      say("When you are ready, join the call. The caller will ring you.");
      showLevel();
    } catch (error) {
      audioStatus.textContent = `We could not use your microphone (${error.name ?? error}). Check that one is connected and that the browser may use it.`;
    }
  });

  // Records three seconds, then plays them back through the same path as the call's audio.
  testPlayback.addEventListener("click", () => {
    const frames = [];
    testPlayback.disabled = true;
    audioStatus.textContent = "Recording for 3 seconds: say something.";
    const stop = audio.onFrame((codes) => {
      frames.push(codes);
      if (frames.length < 150) return;
      stop();
      audioStatus.textContent = "Playing it back: you should hear yourself.";
      let next = 0;
      const timer = setInterval(() => {
        audio.playFrame(frames[next++]);
        if (next < frames.length) return;
        clearInterval(timer);
        audioStatus.textContent = "If you heard yourself clearly, you are ready.";
        testPlayback.disabled = false;
      }, 20);
    });
  });

  const show = (newPhase, callMs) => {
    phase = newPhase;
    if (callMs !== undefined) clock.set(phase, callMs);
    beforeCall.forEach((part) => { part.hidden = true; });
    answer.hidden = phase !== "Ringing";
    mute.hidden = end.hidden = phase !== "Connected";
    const recordOpen = phase === "Ringing" || phase === "Connected" || (phase === "Ended" && Date.now() - endedAt < wrapUpMs);
    fields.forEach((field) => { field.disabled = !recordOpen; });
    if (phase === "Ringing") ringer.start(); else ringer.stop();
    switch (phase) {
      case "Waiting": say("You have joined. Waiting for the caller to ring…"); break;
      case "Ringing": say("Your telephone is ringing. Answer it when you are ready."); answer.focus(); break;
      case "Connected": say("You are on the call."); break;
      case "Ended":
        say(`The call has ended. You have ${Math.round(wrapUpMs / 60000 * 10) / 10} minutes to finish the call record.`);
        setTimeout(() => {
          fields.forEach((field) => { field.disabled = true; });
          say("Thank you. Your call is complete. You can close this page.");
        }, Math.max(0, wrapUpMs - (Date.now() - endedAt)));
        break;
    }
  };

  join.addEventListener("click", async () => {
    join.disabled = true;
    say("Joining the call…");
    call = new CallConnection(callId, {
      snapshot: (snapshot) => {
        for (const [id, value] of Object.entries(snapshot.recordFields ?? {})) {
          const field = fields.find((f) => f.dataset.field === id);
          if (field && document.activeElement !== field) field.value = value;
        }
        if (snapshot.phase === "Ended") endedAt ??= Date.now();
        show(snapshot.phase, snapshot.callMs);
      },
      event: (event) => {
        if (event.type === "rang") show("Ringing", 0);
        if (event.type === "answered") show("Connected", 0);
        if (event.type === "ended") { endedAt = Date.now(); show("Ended", event.callMs); }
      },
      audio: (source, frame) => play(source, frame),
      state: (state) => {
        if (state === "reconnecting") say("The connection dropped. Reconnecting… stay on this page.");
        if (state === "closed") say("The connection was lost. Reload the page to rejoin your call.");
      },
    });
    try {
      await call.start();
      call.sendAudio(audio);
      join.hidden = true;
    } catch (error) {
      say(`You could not join the call: ${error.message ?? error}`);
      join.disabled = false;
    }
  });

  answer.addEventListener("click", async () => {
    const refusal = await call.invoke("Answer");
    if (refusal) say(refusal);
  });

  mute.addEventListener("click", async () => {
    const muted = !audio.muted;
    audio.setMuted(muted);
    mute.setAttribute("aria-pressed", String(muted));
    mute.textContent = muted ? "Unmute" : "Mute";
    await call.invoke("SetMuted", muted);
  });

  end.addEventListener("click", async () => {
    const refusal = await call.invoke("EndCall");
    if (refusal) say(refusal);
  });

  // Saves each field half a second after the candidate stops typing, and says so.
  for (const field of fields) {
    let timer;
    const saved = section.querySelector(`[data-saved-for="${field.dataset.field}"]`);
    field.addEventListener("input", () => {
      saved.textContent = "";
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const refusal = await call.invoke("UpdateRecordField", field.dataset.field, field.value);
        saved.textContent = refusal ?? "Saved";
      }, 500);
    });
  }
}
