// The candidate's listening exercise. Each press of Play asks the server for one play of the
// recording (the server counts plays and refuses once none are left), then plays the file it sends.
// The countdown hands the answers in when the time runs out. Loaded as a file: the content security
// policy forbids inline script.
const player = document.querySelector("[data-listening-player]");
if (player) {
  const form = document.querySelector("[data-answers-form]");
  const token = form.querySelector("input[name='__RequestVerificationToken']").value;
  const playButton = player.querySelector("[data-play]");
  const pauseButton = player.querySelector("[data-pause]");
  const status = player.querySelector("[data-player-status]");
  const playsLeftText = player.querySelector("[data-plays-left-count]");
  const audio = player.querySelector("[data-audio]");
  let playsLeft = Number(player.dataset.playsLeft);

  const say = (text) => { status.textContent = text; };

  playButton.addEventListener("click", async () => {
    playButton.disabled = true;
    say("Loading the recording…");
    const response = await fetch("?handler=Play", {
      method: "POST",
      headers: { RequestVerificationToken: token },
      credentials: "same-origin",
    });
    playsLeft = Number(response.headers.get("X-Plays-Left") ?? playsLeft);
    playsLeftText.textContent = String(playsLeft);
    if (!response.ok) {
      say(response.status === 409 ? "You have used all your plays of the recording." : "The recording could not be loaded. Please tell the recruitment team.");
      return;
    }
    if (audio.src) URL.revokeObjectURL(audio.src);
    audio.src = URL.createObjectURL(await response.blob());
    try {
      await audio.play();
    } catch {
      // The browser would not start sound by itself: the play is already counted, so let the
      // candidate start it rather than spend another.
      say("Press Resume to hear the recording.");
      pauseButton.hidden = false;
      pauseButton.textContent = "Resume";
    }
  });

  pauseButton.addEventListener("click", () => {
    if (audio.paused) audio.play(); else audio.pause();
  });

  audio.addEventListener("playing", () => {
    say("Playing the recording.");
    pauseButton.hidden = false;
    pauseButton.textContent = "Pause";
  });
  audio.addEventListener("pause", () => {
    if (audio.ended) return;
    say("Paused.");
    pauseButton.textContent = "Resume";
  });
  audio.addEventListener("ended", () => {
    pauseButton.hidden = true;
    playButton.disabled = playsLeft === 0;
    say(playsLeft === 0 ? "The recording has finished. You have no plays left." : `The recording has finished. You can play it ${playsLeft} more time${playsLeft === 1 ? "" : "s"}.`);
  });

  // The countdown: the server knows the deadline; this only shows it and hands in on time.
  const timeLeft = document.querySelector("[data-time-left]");
  const deadline = Date.now() + Number(player.dataset.secondsLeft) * 1000;
  const tick = () => {
    const seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    const minutes = Math.floor(seconds / 60);
    timeLeft.textContent = `${minutes} minute${minutes === 1 ? "" : "s"} ${seconds % 60} second${seconds % 60 === 1 ? "" : "s"}`;
    if (seconds === 0) {
      clearInterval(timer);
      form.requestSubmit();
    }
  };
  const timer = setInterval(tick, 1000);
  tick();
}
