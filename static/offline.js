// Registers the service worker (sw.js, see static/sw.js) and, when a new
// version is waiting, offers "Ny version finns – ladda om" in an element of
// its own after <main id="app">, built with DOM calls and text only.
// Accepting tells the waiting worker to take over and reloads once it has.
// A tab that did not ask is offered the reload instead of being reloaded.

const hadController = Boolean(navigator.serviceWorker?.controller);
let accepted = false;

function offer(onAccept) {
  let prompt = document.getElementById("update-prompt");
  if (!prompt) {
    prompt = document.createElement("div");
    prompt.id = "update-prompt";
    prompt.className = "update-prompt";
    prompt.setAttribute("role", "status");
    const text = document.createElement("span");
    text.textContent = "Ny version finns – ";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.textContent = "ladda om";
    prompt.append(text, button);
    document.body.append(prompt);
  }
  prompt.querySelector("button").onclick = onAccept;
}

function offerWaiting(worker) {
  offer(() => {
    accepted = true;
    worker.postMessage("skip-waiting");
  });
}

function watch(worker) {
  const installed = () => worker.state === "installed" && navigator.serviceWorker.controller;
  if (installed()) offerWaiting(worker);
  else worker.addEventListener("statechange", () => installed() && offerWaiting(worker));
}

async function register() {
  const { serviceWorker } = navigator;
  serviceWorker.addEventListener("controllerchange", () => {
    if (accepted) location.reload();
    else if (hadController) offer(() => location.reload());
  });
  const registration = await serviceWorker.register(new URL("sw.js", import.meta.url), {
    scope: new URL("./", import.meta.url).pathname,
    updateViaCache: "none",
  });
  if (registration.waiting) watch(registration.waiting);
  if (registration.installing) watch(registration.installing);
  registration.addEventListener("updatefound", () => watch(registration.installing));
  // Browsers look for a new sw.js on every page load; a tab left open looks
  // again whenever it is shown (offline, quietly not).
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") registration.update().catch(() => {});
  });
}

if ("serviceWorker" in navigator) {
  register().catch((error) => console.warn("Ändamålsjämföraren: no offline copy", error));
}
