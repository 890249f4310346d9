// Warns a member of staff before their session ends for inactivity, and says when it has ended
// (Security:IdleTimeout; the server refuses the session itself, this only tells the person). Typing or
// clicking on a page that makes no requests of its own (a long note, a call being listened to)
// counts as activity: it renews the session at most once a minute. Loaded as a file: the content
// security policy forbids inline script.
const settings = document.querySelector('meta[name="iucrecruit-idle-timeout"]');
if (settings) watch(Number(settings.content) * 1000, Number(settings.dataset.warnSeconds) * 1000);

function watch(timeout, warnBefore) {
  const activityRenewsEvery = 60 * 1000;
  let deadline = Date.now() + timeout;
  let renewed = Date.now();
  let ended = false;

  const banner = document.createElement("div");
  banner.className = "idle-warning";
  banner.setAttribute("role", "alert");
  banner.hidden = true;
  const text = document.createElement("p");
  const stay = document.createElement("button");
  stay.type = "button";
  stay.className = "button";
  stay.textContent = "Stay signed in";
  const signIn = document.createElement("a");
  signIn.textContent = "Sign in again";
  signIn.href = "/account/sign-in?idle=true&ReturnUrl=" + encodeURIComponent(location.pathname + location.search);
  signIn.hidden = true;
  banner.append(text, stay, signIn);
  document.body.append(banner);

  stay.addEventListener("click", renew);
  for (const event of ["keydown", "pointerdown"]) {
    document.addEventListener(event, () => {
      if (!ended && Date.now() - renewed > activityRenewsEvery) renew();
    }, { passive: true });
  }
  setInterval(show, 1000);

  async function renew() {
    renewed = Date.now();
    const response = await fetch("/account/keep-alive", { credentials: "same-origin", cache: "no-store", redirect: "manual" });
    if (response.status === 204) {
      deadline = Date.now() + timeout;
      banner.hidden = true;
    } else {
      end();
    }
  }

  function show() {
    if (ended) return;
    const left = deadline - Date.now();
    if (left <= 0) return end();
    if (left > warnBefore) return;
    const minutes = Math.floor(left / 60000);
    const seconds = Math.ceil((left % 60000) / 1000);
    const time = minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
    text.textContent = `You will be signed out in ${time} because nothing has happened for a while.`;
    banner.hidden = false;
  }

  // The page is hidden too: an unattended screen stops showing candidates' personal data.
  function end() {
    ended = true;
    document.querySelector("main")?.setAttribute("hidden", "");
    text.textContent = "You have been signed out because nothing happened for a while, and the page is hidden. Anything not saved is lost.";
    stay.hidden = true;
    signIn.hidden = false;
    banner.hidden = false;
  }
}
