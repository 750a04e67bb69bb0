// Starts Ändamålsjämföraren.
//
// Trunk's own loader is an inline <script>, which the Content Security Policy
// in index.html forbids; Trunk.toml's `pattern_script` puts this external
// module in its place and passes the hashed file names as data attributes.
//
// If the browser has no WebAssembly, or start-up fails, the "Laddar …" notice
// is replaced by a Swedish explanation instead of staying there forever. These
// sentences live here, not in src/texts.rs, because they must show without the
// wasm module.

const NO_WEBASSEMBLY =
  "Ändamålsjämföraren kräver en webbläsare med WebAssembly. " +
  "Prova en aktuell version av Chrome, Edge, Firefox eller Safari.";
const START_FAILED =
  "Ändamålsjämföraren kunde inte startas. Ladda om sidan. Hjälper inte det, " +
  "prova en aktuell version av Chrome, Edge, Firefox eller Safari.";

function showBootError(sentence) {
  const message = document.createElement("p");
  message.className = "boot-message boot-error";
  message.setAttribute("role", "alert");
  message.textContent = sentence;
  document.getElementById("app").replaceChildren(message);
}

function hasWebAssembly() {
  return (
    typeof WebAssembly === "object" &&
    WebAssembly !== null &&
    typeof WebAssembly.instantiate === "function"
  );
}

async function boot() {
  if (!hasWebAssembly()) {
    showBootError(NO_WEBASSEMBLY);
    return;
  }
  const { andamalJs, andamalWasm } = document.querySelector(
    "script[data-andamal-wasm]",
  ).dataset;
  try {
    const { default: init } = await import(andamalJs);
    await init({ module_or_path: andamalWasm });
    dispatchEvent(new CustomEvent("TrunkApplicationStarted"));
  } catch (error) {
    console.error("Ändamålsjämföraren: start-up failed", error);
    const unsupported =
      error instanceof WebAssembly.CompileError ||
      error instanceof WebAssembly.LinkError;
    showBootError(unsupported ? NO_WEBASSEMBLY : START_FAILED);
  }
}

boot();
