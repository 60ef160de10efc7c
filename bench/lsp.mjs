#!/usr/bin/env node
// npm run bench:lsp (also the last part of npm run bench): the language server as an editor
// drives it, over stdio with vscode-languageserver-protocol's client connection.
// - A 5 KB skill: the time from a didChange notification to the diagnostics it publishes
//   (debounce 0, after 30 warm-up edits), median and 95th percentile of 100 edits.
// - 200 skills on disk, all open: the time from an edit that changes a project rule's result
//   (a duplicated name) to the diagnostics of the edited file and of the other file it clashes
//   with; and the server's resident memory (VmRSS, peak VmHWM) with the 200 open.
// Results go to bench/lsp-results.md. SKILLC_BENCH_LSP_EDITS sets the number of timed edits.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";
import { generateTree, skillText } from "./generate.mjs";
import { machineLine, processCpuMs, watchLoad } from "./machine.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const edits = Number(process.env.SKILLC_BENCH_LSP_EDITS ?? 100);

/** @param {number[]} xs @param {number} q */
const quantile = (xs, q) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]);

/** Start `skillc lsp` in `root`; resolves with the connection, the process and a waiter for diagnostics. @param {string} root */
async function start(root) {
  const child = spawn(process.execPath, [join(repo, "dist/bin/skillc.cjs"), "lsp", "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  const connection = createProtocolConnection(new StreamMessageReader(/** @type {NodeJS.ReadableStream} */ (child.stdout)), new StreamMessageWriter(/** @type {NodeJS.WritableStream} */ (child.stdin)));
  /** @type {Map<string, (params: { uri: string, diagnostics: unknown[] }) => void>} */
  const waiters = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (/** @type {{ uri: string, diagnostics: unknown[] }} */ params) => {
    const w = waiters.get(params.uri);
    if (w) {
      waiters.delete(params.uri);
      w(params);
    }
  });
  connection.listen();
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, initializationOptions: { debounce: 0 } });
  await connection.sendNotification("initialized", {});
  /** @param {string} uri @returns {Promise<{ uri: string, diagnostics: unknown[] }>} */
  const next = (uri) => new Promise((resolve) => waiters.set(uri, resolve));
  return { child, connection, next };
}

/** @param {number} pid */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (/** @type {string} */ key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

const watch = watchLoad();
/** CPU time of the servers, for the load note. */
let serverCpuMs = 0;

// 1. One 5 KB skill.
const single = mkdtempSync(join(tmpdir(), "skillc-bench-lsp-"));
generateTree(single, 1);
const notes = Array.from({ length: 12 }, (_, i) => `Note ${i}: keep the sync summary short and say which items changed, which failed and what the user can do next.`).join("\n\n");
const base = `${skillText(0)}\n## Notes\n\n${notes}\n`;
const file = join(single, "skills/service0-sync/SKILL.md");
writeFileSync(file, base);
const uri = pathToFileURL(file).href;
const one = await start(single);
let version = 1;
let wait = one.next(uri);
await one.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version, text: base } });
await wait;
/** @type {number[]} */
const times = [];
for (let i = 0; i < 30 + edits; i++) {
  // Alternate a clean text and one with a problem, so each edit changes what is published.
  const text = i % 2 === 0 ? base.replace("name: service0-sync", "name: other-name") : base;
  wait = one.next(uri);
  const t0 = performance.now();
  await one.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
  await wait;
  if (i >= 30) times.push(performance.now() - t0);
}
serverCpuMs += processCpuMs(/** @type {number} */ (one.child.pid));
await one.connection.sendRequest("shutdown");
await one.connection.sendNotification("exit");
rmSync(single, { recursive: true, force: true });

// 2. 200 skills, all open.
const many = mkdtempSync(join(tmpdir(), "skillc-bench-lsp-"));
generateTree(many, 200);
const server = await start(many);
const uris = [];
for (let i = 0; i < 200; i++) {
  const path = join(many, "skills", `service${i}-sync`, "SKILL.md");
  const u = pathToFileURL(path).href;
  uris.push(u);
  const w = server.next(u);
  await server.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: u, languageId: "markdown", version: 1, text: readFileSync(path, "utf8") } });
  await w;
}
const open200 = memory(/** @type {number} */ (server.child.pid));
/** @type {number[]} */
const project = [];
const text1 = readFileSync(join(many, "skills/service1-sync/SKILL.md"), "utf8");
for (let i = 0; i < 20; i++) {
  // service1-sync takes service0-sync's name and gives it back: both files' diagnostics change.
  const text = i % 2 === 0 ? text1.replace("name: service1-sync", "name: service0-sync") : text1;
  const both = Promise.all([server.next(uris[1] ?? ""), server.next(uris[0] ?? "")]);
  const t0 = performance.now();
  await server.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uris[1], version: i + 2 }, contentChanges: [{ text }] });
  await both;
  project.push(performance.now() - t0);
}
serverCpuMs += processCpuMs(/** @type {number} */ (server.child.pid));
await server.connection.sendRequest("shutdown");
await server.connection.sendNotification("exit");
rmSync(many, { recursive: true, force: true });

const ms = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
const out = `# Benchmark: the language server

Made by \`npm run bench:lsp\` (also run by \`npm run bench\`): \`skillc lsp\` over stdio, driven with vscode-languageserver-protocol's client connection, debounce 0.

Machine: ${machineLine()}.

${watch.end(serverCpuMs)}

| measure | median | 95th percentile |
|---|---:|---:|
| change to published diagnostics, one 5 KB skill (${edits} edits after 30 warm-up) | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} |
| change to both files' diagnostics, a name clash among 200 open skills (20 edits) | ${ms(quantile(project, 0.5))} | ${ms(quantile(project, 0.95))} |

Server memory with 200 skills open: ${open200.rss.toFixed(0)} MB resident (peak ${open200.peak.toFixed(0)} MB).
`;
writeFileSync(join(repo, "bench/lsp-results.md"), out);
process.stdout.write(out);
