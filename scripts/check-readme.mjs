// Every command the READMEs show works as written (run by scripts/test after
// the release build and the end-to-end layer, whose first-load measurement
// size-budget.mjs's report reads; with scripts/lib.sh's PATH):
//
//   node scripts/check-readme.mjs [README.md bench/README.md]
//
// It reads the commands of every ```sh code block and every inline `scripts/…`
// or `node scripts/…` command, and for each one checks that what it names
// exists (a script, an example and its subcommand, a bench target) and runs
// the cheap ones: the `andamal` command line with each subcommand and fold on
// a real pair (the debug build `cargo test` made, or `cargo build --example`),
// scripts/size-budget.mjs on dist/, scripts/static-server.mjs on a free port.
// A code block may not call `trunk` bare: wasm-opt is found only through
// node_modules/.bin, so a user's shell cannot run it; scripts/build can.
// Fails (exit 1) with one line per command that does not work.

import { execFileSync, spawn } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const readmes = process.argv.length > 2 ? process.argv.slice(2) : ["README.md", "bench/README.md"];
const problems = [];
let checked = 0;
let ran = 0;

/** The commands of a README: lines of ```sh blocks and inline script commands. */
export function commands(markdown) {
  const found = [];
  let block = null;
  for (const [index, line] of markdown.split("\n").entries()) {
    const fence = line.match(/^```(\w*)/);
    if (fence) {
      block = block === null ? fence[1] : null;
      continue;
    }
    const at = index + 1;
    if (block === "sh" || block === "bash") {
      const command = line.replace(/\s+#.*$/, "").trim();
      if (command && !command.startsWith("#")) found.push({ command, at, inBlock: true });
    } else if (block === null) {
      for (const [, span] of line.matchAll(/`([^`]+)`/g)) {
        if (/^(node )?scripts\/[\w.-]+/.test(span) && !/^scripts\/\S+\.(sh|mjs|py)$/.test(span)) {
          found.push({ command: span.trim(), at, inBlock: false });
        }
      }
    }
  }
  return found;
}

/** README placeholders expanded into every concrete form they stand for. */
function expand(words) {
  let forms = [[]];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.startsWith("[") ) {
      // An optional part: "[--fold case,skall,ocr]", "[--fold …]", "[dist]".
      const optional = [];
      let j = i;
      for (; j < words.length; j++) {
        optional.push(words[j]);
        if (words[j].endsWith("]")) break;
      }
      i = j;
      const inner = optional.join(" ").slice(1, -1).replace("…", "case,skall,ocr").split(" ");
      forms = forms.flatMap((form) => [form, [...form, ...inner]]);
    } else if (word.includes("|") && !word.startsWith("|")) {
      forms = forms.flatMap((form) => word.split("|").map((alt) => [...form, alt]));
    } else {
      forms = forms.map((form) => [...form, word]);
    }
  }
  return forms;
}

function executable(file) {
  try {
    accessSync(path.join(root, file), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let andamalBinary = null;
function andamal(args) {
  if (andamalBinary === null) {
    const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, "target");
    andamalBinary = path.join(targetDir, "debug", "examples", "andamal");
    if (!existsSync(andamalBinary)) {
      execFileSync("cargo", ["build", "--locked", "--example", "andamal"], { cwd: root, stdio: "inherit" });
    }
  }
  try {
    const stdout = execFileSync(andamalBinary, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { code: 0, stdout };
  } catch (error) {
    return { code: error.status ?? 1, stdout: error.stdout ?? "", stderr: error.stderr ?? "" };
  }
}

const pair = "andamal-core/tests/fixtures/pairs/finsam_template_halland_vs_trollhattan";
const files = { FILE: `${pair}/a.txt`, A: `${pair}/a.txt`, B: `${pair}/b.txt`, F1: `${pair}/a.txt`, F2: `${pair}/b.txt` };
let shareLink = null;

function link() {
  if (shareLink === null) {
    const out = andamal(["share", files.A, files.B]);
    shareLink = out.code === 0 ? out.stdout.trim() : "";
  }
  return shareLink;
}

/** `cargo run --release --example NAME -- ARGS…`: the example exists and each form of ARGS works. */
function checkExample(words, where) {
  const name = words[words.indexOf("--example") + 1];
  if (!existsSync(path.join(root, "examples", `${name}.rs`))) {
    problems.push(`${where}: no example ${name} (examples/${name}.rs)`);
    return;
  }
  const rest = words.slice(words.indexOf("--") + 1);
  if (name !== "andamal") return;
  for (const form of expand(rest)) {
    // "F1 F2 …": as many files as the command takes (a third, the seed pair's a.txt again).
    const args = form.flatMap((w) => (w === "LINK" ? [link()] : w === "…" && form.includes("F2") ? [files.A] : [files[w] ?? w]));
    const out = andamal(args);
    ran++;
    // bench prints its report, then one JSON object on the last line.
    const last = form[0] === "bench" ? out.stdout.trim().split("\n").pop() : out.stdout;
    const json = form[0] !== "share" && !(form[0] === "export" && form[1] !== "json");
    const ok = out.code === 0 && out.stdout.length > 0 && (!json || parses(last));
    if (!ok) problems.push(`${where}: andamal ${form.join(" ")} exited ${out.code}: ${(out.stderr || "").trim()}`);
  }
}

function parses(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function checkStaticServer(words, where) {
  const args = words.slice(2);
  const port = args.indexOf("--port");
  if (port >= 0) args[port + 1] = "0"; // the README's port may be taken
  const child = spawn(process.execPath, ["scripts/static-server.mjs", ...args], { cwd: root });
  try {
    const url = await new Promise((resolve, reject) => {
      let seen = "";
      child.stdout.on("data", (chunk) => {
        seen += chunk;
        const match = seen.match(/Serving at (\S+)/);
        if (match) resolve(match[1]);
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}`)));
      setTimeout(() => reject(new Error("no address within 10 s")), 10_000);
    });
    const response = await fetch(url);
    ran++;
    if (response.status !== 200) problems.push(`${where}: ${url} answered ${response.status}`);
  } catch (error) {
    problems.push(`${where}: static-server: ${error.message}`);
  } finally {
    child.kill();
  }
}

async function check({ command, at, inBlock }, readme) {
  const where = `${readme}:${at}: ${command}`;
  const words = command.split(/\s+/).filter((w) => !/^[A-Z]+=/.test(w));
  checked++;
  if (words[0] === "trunk") {
    if (inBlock) problems.push(`${where}: call scripts/build or scripts/serve, not trunk (wasm-opt is not on a user's PATH)`);
    return;
  }
  if (words[0].startsWith("scripts/")) {
    if (!executable(words[0])) problems.push(`${where}: ${words[0]} is not an executable script`);
    return;
  }
  if (words[0] === "node" && words[1]?.startsWith("scripts/")) {
    if (!existsSync(path.join(root, words[1]))) {
      problems.push(`${where}: no ${words[1]}`);
    } else if (words[1] === "scripts/size-budget.mjs") {
      for (const form of expand(words.slice(2))) {
        ran++;
        try {
          execFileSync(process.execPath, [words[1], ...form], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
        } catch (error) {
          const why = String(error.stderr ?? "").trim().split("\n").find((l) => l.startsWith("Error")) ?? "";
          problems.push(`${where}: node ${words[1]} ${form.join(" ")} exited ${error.status} ${why}`);
        }
      }
    } else if (words[1] === "scripts/static-server.mjs") {
      await checkStaticServer(words, where);
    }
    return;
  }
  if (words[0] === "cargo" && words.includes("--example")) {
    checkExample(words, where);
    return;
  }
  if (words[0] === "cargo" && words[1] === "bench") {
    const name = words[words.indexOf("--bench") + 1];
    const manifest = readFileSync(path.join(root, "Cargo.toml"), "utf8");
    if (!existsSync(path.join(root, "benches", `${name}.rs`)) || !manifest.includes(`name = "${name}"`)) {
      problems.push(`${where}: no bench target ${name}`);
    }
    return;
  }
  problems.push(`${where}: scripts/check-readme.mjs does not know how to check this command`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const readme of readmes) {
    const markdown = readFileSync(path.resolve(root, readme), "utf8");
    for (const command of commands(markdown)) {
      await check(command, readme);
    }
  }
  for (const problem of problems) console.error(problem);
  console.log(`readme: ${checked} commands checked, ${ran} runs, ${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}
