/**
 * `skillc lsp`: a Language Server over stdio (vscode-languageserver). Every open SKILL.md and
 * template is linted as `skillc lint` would lint it (the buffer's text as the file), on open and
 * on each change (debounced), with the project rules kept current across files; code actions
 * are the rules' fixes and disable comments; hover and completion come from the schemas, the
 * table descriptor and the agent catalog.
 */
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { templateMatcher } from "../lint/discover.js";
import { fixDocument } from "../lint/fix.js";
import { createLinter } from "../lint/linter.js";
import { withDiagnostics } from "../lint/project.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Range } from "../model/types.js";
import { actionsFor, type TextEdit } from "./actions.js";
import { completionsAt, hoverAt } from "./knowledge.js";
import { Workspace, type BufferLint } from "./workspace.js";

/** How long after the last keystroke a buffer is linted again (`initializationOptions.debounce`). */
export const DEFAULT_DEBOUNCE_MS = 75;

/** Files whose change means every config must be read again. */
const CONFIG_FILE = /(^|\/)(skillc\.config\.(json|ya?ml)|package\.json|[^/]*\.schema\.json)$/;

interface Open {
  lint?: BufferLint;
  version: number;
  /** The project diagnostics last published with it (to republish only what changed). */
  project: string;
}

export interface ServerOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export function startServer(options: ServerOptions = {}): Connection {
  const connection = createConnection(ProposedFeatures.all, options.input ?? process.stdin, options.output ?? process.stdout);
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  const open = new Map<string, Open>();
  const timers = new Map<string, NodeJS.Timeout>();
  let debounce = DEFAULT_DEBOUNCE_MS;
  let watchFiles = false;

  connection.onInitialize((params): InitializeResult => {
    const given = (params.initializationOptions as { debounce?: unknown } | undefined)?.debounce;
    if (typeof given === "number" && given >= 0) debounce = given;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.folders = folders.flatMap((uri) => pathOf(uri) ?? []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ["|", "#"] },
      },
      serverInfo: { name: "skillc" },
    };
  });

  connection.onInitialized(() => {
    // Configs, schemas and the files links point at: a change re-lints the open buffers.
    if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*" }] });
  });

  /** The absolute path of a file: URI, or undefined for another scheme (an untitled buffer). */
  const pathOf = (uri: string): string | undefined => (uri.startsWith("file:") ? fileURLToPath(uri) : undefined);

  /** Does skillc lint this file: a SKILL.md, or a template of its project's config? */
  function lints(path: string): boolean {
    if (basename(path).toLowerCase() === "skill.md") return true;
    try {
      return path.endsWith(".md") && templateMatcher(workspace.configFor(path))(path);
    } catch {
      return false;
    }
  }

  async function lintNow(uri: string): Promise<void> {
    const document = documents.get(uri);
    const path = pathOf(uri);
    if (!document || !path || !lints(path)) return;
    const state = open.get(uri) ?? { version: -1, project: "" };
    open.set(uri, state);
    let lint: BufferLint;
    try {
      lint = await workspace.lintBuffer(path, document.getText());
    } catch (error) {
      // An invalid config is the user's to fix: said where they look, on the file's first line.
      const message = error instanceof Error ? error.message : String(error);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: "skillc", message }] });
      return;
    }
    // The buffer changed while it was linted: lint it again, and publish only the newest.
    if (documents.get(uri)?.version !== document.version) {
      if (documents.get(uri)) schedule(uri, debounce);
      return;
    }
    state.lint = lint;
    state.version = document.version;
    // The file's own diagnostics at once; the project rules' once every skill on disk is read
    // (the first time, in a large project, that takes a moment).
    if (!workspace.project(lint.config).loaded) {
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: lint.result.messages.map((m) => toLsp(m, document)) });
      state.project = "[]";
      // Published: again only if the project rules add something.
      await publishProject(lint.config.root, "");
    } else await publishProject(lint.config.root, uri);
  }

  /** Publish `changed`'s diagnostics and any other open buffer's whose project diagnostics changed. */
  async function publishProject(root: string, changed: string): Promise<void> {
    const entry = [...open.values()].find((o) => o.lint?.config.root === root)?.lint;
    if (!entry) return;
    const project = await workspace.projectDiagnostics(entry.config);
    for (const [uri, state] of open) {
      if (!state.lint || state.lint.config.root !== root) continue;
      const extra = project.get(state.lint.doc.path) ?? [];
      const key = JSON.stringify(extra);
      if (uri !== changed && key === state.project) continue;
      state.project = key;
      const document = documents.get(uri);
      if (!document) continue;
      const result = withDiagnostics(state.lint.result, extra);
      void connection.sendDiagnostics({ uri, version: state.version, diagnostics: result.messages.map((m) => toLsp(m, document)) });
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    if (delay === 0) {
      void lintNow(uri);
      return;
    }
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void lintNow(uri);
      }, delay),
    );
  }

  // didOpen also fires a content change: an opened buffer is linted once, at once.
  const opening = new Set<string>();
  documents.onDidOpen((e) => {
    opening.add(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (opening.delete(e.document.uri)) return;
    schedule(e.document.uri, debounce);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    const state = open.get(e.document.uri);
    open.delete(e.document.uri);
    const path = pathOf(e.document.uri);
    if (path) workspace.close(path);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    if (state?.lint) void publishProject(state.lint.config.root, "");
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    let configChanged = false;
    let relevant = false;
    for (const change of params.changes) {
      const path = pathOf(change.uri);
      // An install or a checkout rewrites thousands of files no skill links to.
      if (!path || /[\\/](node_modules|\.git)[\\/]/.test(path)) continue;
      relevant = true;
      if (CONFIG_FILE.test(path.split("\\").join("/"))) configChanged = true;
      else if (![...open.keys()].includes(change.uri)) await workspace.fileChanged(path);
    }
    if (configChanged) workspace.reset();
    if (relevant) for (const uri of open.keys()) schedule(uri, 0);
  });

  /** The buffer's lint for its current text (linted now when the last one is stale). */
  async function current(uri: string): Promise<BufferLint | undefined> {
    const document = documents.get(uri);
    const path = pathOf(uri);
    if (!document || !path || !lints(path)) return undefined;
    const state = open.get(uri);
    if (state?.lint && state.version === document.version) return state.lint;
    try {
      return await workspace.lintBuffer(path, document.getText());
    } catch {
      return undefined;
    }
  }

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const lint = await current(params.textDocument.uri);
    if (!document || !lint) return [];
    const project = await workspace.projectDiagnostics(lint.config);
    const messages = withDiagnostics(lint.result, project.get(lint.doc.path)).messages;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const out: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const a of actionsFor(lint.doc, messages, params.range.start.line + 1, params.range.end.line + 1)) {
        out.push({
          title: a.title,
          kind: CodeActionKind.QuickFix,
          ...(a.diagnostic ? { diagnostics: [toLsp(a.diagnostic, document)] } : {}),
          ...(a.preferred ? { isPreferred: true } : {}),
          edit: { changes: { [params.textDocument.uri]: a.edits.map((e) => toTextEdit(e, document)) } },
        });
      }
    }
    if (wants(CodeActionKind.SourceFixAll) && messages.some((m) => m.fix)) {
      const fixed = await fixDocument(createLinter(lint.config), lint.doc, lint.result);
      if (fixed.output !== undefined) {
        const bom = bomOf(document);
        out.push({
          title: "Fix all skillc problems",
          kind: `${CodeActionKind.SourceFixAll}.skillc`,
          edit: { changes: { [params.textDocument.uri]: [{ range: { start: document.positionAt(bom), end: document.positionAt(document.getText().length) }, newText: fixed.output }] } },
        });
      }
    }
    return out;
  });

  connection.onHover(async (params) => {
    const lint = await current(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    if (!lint || !document) return null;
    const found = hoverAt(lint.doc, params.position.line + 1, params.position.character + 1 - (params.position.line === 0 ? bomOf(document) : 0));
    return found ? { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: toLspRange(found.range, document) } : null;
  });

  connection.onCompletion(async (params) => {
    const lint = await current(params.textDocument.uri);
    if (!lint) return [];
    const kinds = { property: CompletionItemKind.Property, value: CompletionItemKind.EnumMember, hook: CompletionItemKind.Function, column: CompletionItemKind.Field };
    return completionsAt(lint.doc, params.position.line + 1, params.position.character + 1).map((c) => ({
      label: c.label,
      kind: kinds[c.kind],
      detail: c.detail,
      ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
      ...(c.insertText ? { insertText: c.insertText } : {}),
    }));
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** 1 when the buffer starts with a BOM: the model's offsets and first-line columns are the text's after it. */
function bomOf(document: TextDocument): number {
  return document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
}

function toLspRange(range: Range, document: TextDocument) {
  return { start: document.positionAt(range.start.offset + bomOf(document)), end: document.positionAt(range.end.offset + bomOf(document)) };
}

function toTextEdit(edit: TextEdit, document: TextDocument) {
  const bom = bomOf(document);
  return { range: { start: document.positionAt(edit.start + bom), end: document.positionAt(edit.end + bom) }, newText: edit.newText };
}

/** skillc's diagnostic as LSP's: 0-based, exclusive end, with the rule's id and docs page. */
export function toLsp(m: Diagnostic, document: TextDocument): LspDiagnostic {
  const shift = (line: number) => (line === 1 ? bomOf(document) : 0);
  return {
    range: {
      start: { line: m.line - 1, character: m.column - 1 + shift(m.line) },
      end: { line: m.endLine - 1, character: m.endColumn - 1 + shift(m.endLine) },
    },
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: m.ruleId,
    codeDescription: { href: m.url },
    source: "skillc",
    message: m.message,
  };
}
