/** A language client for tests: the built `skillc lsp` over stdio, driven with vscode-languageserver-protocol. */
import { spawn, type ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import { BIN } from "../helpers/cli.js";

export interface Client {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** The next diagnostics published for `path` that satisfy `until` (default: any). */
  diagnostics(path: string, until?: (d: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  uri(path: string): string;
  /** The last diagnostics published for `path`, once nothing new was published for `quietMs`. */
  settled(path: string, quietMs?: number): Promise<PublishDiagnosticsParams | undefined>;
  /** Shut down and exit; resolves with the server's exit code. */
  stop(): Promise<number | null>;
  stderr(): string;
}

export async function startClient(root: string, options: { debounce?: number; args?: string[] } = {}): Promise<Client> {
  const child = spawn(process.execPath, [BIN, "lsp", ...(options.args ?? ["--stdio"])], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const latest = new Map<string, PublishDiagnosticsParams>();
  let lastAt = Date.now();
  const waiting: { uri: string; until: (d: PublishDiagnosticsParams) => boolean; resolve: (d: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params);
    lastAt = Date.now();
    const w = waiting.findIndex((x) => x.uri === params.uri && x.until(params));
    if (w >= 0) waiting.splice(w, 1)[0]!.resolve(params);
    else published.push(params);
  });
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { debounce: options.debounce ?? 0 },
  });
  await connection.sendNotification("initialized", {});
  const uri = (path: string) => pathToFileURL(`${root}/${path}`).href;
  return {
    connection,
    child,
    uri,
    diagnostics(path, until = () => true) {
      const u = uri(path);
      const i = published.findIndex((p) => p.uri === u && until(p));
      if (i >= 0) return Promise.resolve(published.splice(i, 1)[0]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${path} in time; stderr: ${stderr}`)), 15_000);
        waiting.push({ uri: u, until, resolve: (d) => (clearTimeout(timer), resolve(d)) });
      });
    },
    async settled(path, quietMs = 300) {
      while (Date.now() - lastAt < quietMs) await new Promise((r) => setTimeout(r, 50));
      return latest.get(uri(path));
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
      const code = await exited;
      connection.dispose();
      return code;
    },
    stderr: () => stderr,
  };
}
