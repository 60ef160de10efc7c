/**
 * `skillc lsp` through the protocol, as an editor drives it: the built binary over stdio and a
 * client made with vscode-languageserver-protocol (open, change, diagnostics, code action,
 * apply, hover, completion, project rules across files, a config change, shutdown).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, CompletionItem, Hover, PublishDiagnosticsParams, TextEdit } from "vscode-languageserver-protocol";
import { lint } from "../../src/index.js";
import { project, REPO } from "../helpers/cli.js";
import { startClient, type Client } from "./client.js";

const SKILL = "skills/notes/SKILL.md";
const RIGHT = "---\nname: notes\ndescription: Take notes when the user asks for them.\n---\n\n# Notes\n";
const WRONG = RIGHT.replace("name: notes", "name: other-name");
const codes = (d: PublishDiagnosticsParams) => d.diagnostics.map((x) => `${x.range.start.line}:${x.range.start.character} ${String(x.code)}`);

let client: Client | undefined;
afterEach(async () => {
  await client?.stop().catch(() => undefined);
  client = undefined;
});

async function openWith(files: Record<string, string>, path: string, text: string) {
  const root = project({ "skillc.config.json": "{}", ...files });
  client = await startClient(root);
  await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: client.uri(path), languageId: "markdown", version: 1, text } });
  return { root, c: client };
}

const change = (c: Client, path: string, version: number, text: string) =>
  c.connection.sendNotification("textDocument/didChange", { textDocument: { uri: c.uri(path), version }, contentChanges: [{ text }] });

describe("skillc lsp gives what skillc lint gives", () => {
  it("on every example of the repository, broken ones included", async () => {
    const files = readdirSync(join(REPO, "examples"), { recursive: true, encoding: "utf8" }).filter((p) => p.endsWith("SKILL.md")).sort();
    expect(files.length).toBeGreaterThan(10);
    const expected = await lint({ paths: files.map((f) => join(REPO, "examples", f)), cwd: REPO });
    client = await startClient(REPO);
    for (const file of files) {
      const path = `examples/${file}`;
      await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: client.uri(path), languageId: "markdown", version: 1, text: readFileSync(join(REPO, path), "utf8") } });
      await client.diagnostics(path);
    }
    // All open: project rules see every one of them, as lint named them all.
    for (const file of files) {
      const path = `examples/${file}`;
      const got = (await client.settled(path))!.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`);
      const want = expected.find((r) => r.filePath === join(REPO, path))!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      expect(got, path).toEqual(want);
    }
  });
});

describe("skillc lsp", () => {
  it("publishes the lint diagnostics on open, with rule id, severity and docs link, and again on each change", async () => {
    const { c } = await openWith({}, SKILL, WRONG);
    const first = await c.diagnostics(SKILL);
    expect(first.diagnostics).toEqual([
      {
        range: { start: { line: 1, character: 6 }, end: { line: 1, character: 16 } },
        severity: 1,
        code: "name-directory",
        codeDescription: { href: expect.stringMatching(/docs\/rules\/name-directory\.md$/) },
        source: "skillc",
        message: "Unexpected name `other-name` for a skill in folder `notes`, expected `notes`",
      },
    ]);
    await change(c, SKILL, 2, RIGHT);
    expect((await c.diagnostics(SKILL)).diagnostics).toEqual([]);
  });

  it("offers the rule's fix as a quick fix, which applied gives what --fix gives, and disable comments", async () => {
    const { c } = await openWith({}, SKILL, WRONG);
    await c.diagnostics(SKILL);
    const actions = (await c.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: c.uri(SKILL) },
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual([
      "Fix: Unexpected name `other-name` for a skill in folder `notes`, expected `notes`",
      "Disable name-directory for this file",
      "Fix all skillc problems",
    ]);
    const doc = TextDocument.create(c.uri(SKILL), "markdown", 1, WRONG);
    const apply = (a: CodeAction) => TextDocument.applyEdits(doc, a.edit!.changes![c.uri(SKILL)] as TextEdit[]);
    expect(apply(actions[0]!)).toBe(RIGHT);
    expect(apply(actions[2]!)).toBe(RIGHT);
    const disabled = apply(actions[1]!);
    expect(disabled).toBe(WRONG.replace("---\n\n", "---\n<!-- skillc-disable-file name-directory -->\n\n"));
    await change(c, SKILL, 2, disabled);
    expect((await c.diagnostics(SKILL)).diagnostics).toEqual([]);
  });

  it("hovers frontmatter keys with the schema's words and the agents that read them", async () => {
    const { c } = await openWith({}, SKILL, RIGHT);
    await c.diagnostics(SKILL);
    const hover = (await c.connection.sendRequest("textDocument/hover", { textDocument: { uri: c.uri(SKILL) }, position: { line: 2, character: 4 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("**`description`**");
    expect(value).toMatch(/Read by: .*Claude Code/);
    expect(hover.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 11 } });
  });

  it("completes frontmatter keys not yet written", async () => {
    const text = RIGHT.replace("---\n\n#", "li\n---\n\n#");
    const { c } = await openWith({}, SKILL, text);
    await c.diagnostics(SKILL);
    const items = (await c.connection.sendRequest("textDocument/completion", { textDocument: { uri: c.uri(SKILL) }, position: { line: 3, character: 2 } })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    expect(labels).toContain("license");
    expect(labels).toContain("allowed-tools");
    expect(labels).not.toContain("name");
    expect(items.find((i) => i.label === "license")?.insertText).toBe("license: ");
  });

  it("keeps project rules current across files: a duplicate name in two open buffers, then resolved in one", async () => {
    const other = "skills/notes-2/SKILL.md";
    const { c } = await openWith({ [other]: "on disk\n" }, SKILL, RIGHT);
    await c.diagnostics(SKILL);
    await c.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: c.uri(other), languageId: "markdown", version: 1, text: RIGHT } });
    // The second buffer claims `notes` too: both report the clash.
    expect(codes(await c.diagnostics(other, (d) => d.diagnostics.length > 0))).toContain("1:6 unique-names");
    expect(codes(await c.diagnostics(SKILL, (d) => d.diagnostics.length > 0))).toEqual(["1:6 unique-names"]);
    await change(c, other, 2, RIGHT.replace("name: notes", "name: notes-2"));
    expect((await c.diagnostics(SKILL, (d) => d.diagnostics.length === 0)).diagnostics).toEqual([]);
  });

  it("sees the skills on disk that are not open", async () => {
    const { c } = await openWith({ "skills/copy/SKILL.md": RIGHT.replace("name: notes", "name: notes") }, SKILL, RIGHT);
    expect(codes(await c.diagnostics(SKILL, (d) => d.diagnostics.length > 0))).toEqual(["1:6 unique-names"]);
  });

  it("without a config file, takes the workspace folder as the project", async () => {
    const root = project({ "skills/copy/SKILL.md": RIGHT, [SKILL]: RIGHT });
    client = await startClient(root);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: client.uri(SKILL), languageId: "markdown", version: 1, text: RIGHT } });
    expect(codes(await client.diagnostics(SKILL, (d) => d.diagnostics.length > 0))).toEqual(["1:6 unique-names"]);
  });

  it("re-lints the open buffers when the config changes", async () => {
    const { root, c } = await openWith({}, SKILL, WRONG);
    expect(codes(await c.diagnostics(SKILL))).toEqual(["1:6 name-directory"]);
    writeFileSync(join(root, "skillc.config.json"), '{"rules": {"name-directory": "off"}}');
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: c.uri("skillc.config.json"), type: 2 }] });
    expect((await c.diagnostics(SKILL, (d) => d.diagnostics.length === 0)).diagnostics).toEqual([]);
  });

  it("re-lints when a linked file appears", async () => {
    const { root, c } = await openWith({ [SKILL]: "on disk\n" }, SKILL, `${RIGHT}\nSee [the guide](guide.md).\n`);
    expect(codes(await c.diagnostics(SKILL))).toEqual(["7:4 links"]);
    writeFileSync(join(root, "skills/notes/guide.md"), "# Guide\n");
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: c.uri("skills/notes/guide.md"), type: 1 }] });
    expect((await c.diagnostics(SKILL, (d) => d.diagnostics.length === 0)).diagnostics).toEqual([]);
  });

  it("re-lints when a page the skill links is edited (reference-depth reads it)", async () => {
    const config = { "skillc.config.json": '{"rules": {"reference-depth": "warn"}}' };
    const { root, c } = await openWith({ ...config, [SKILL]: "on disk\n", "skills/notes/ref.md": "# Ref\n", "skills/notes/deep.md": "# Deep\n" }, SKILL, `${RIGHT}\nSee [the reference](ref.md).\n`);
    expect(codes(await c.diagnostics(SKILL))).toEqual([]);
    writeFileSync(join(root, "skills/notes/ref.md"), "# Ref\n\nSee [more](deep.md).\n");
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: c.uri("skills/notes/ref.md"), type: 2 }] });
    expect(codes(await c.diagnostics(SKILL, (d) => d.diagnostics.length > 0))).toEqual(["7:4 reference-depth"]);
  });

  it("says on the file's first line when the config is invalid", async () => {
    const { c } = await openWith({ "skillc.config.json": '{"rulez": {}}' }, SKILL, RIGHT);
    const d = await c.diagnostics(SKILL);
    expect(d.diagnostics[0]).toMatchObject({ range: { start: { line: 0, character: 0 } }, severity: 1, source: "skillc", message: expect.stringContaining("rulez") });
  });

  it("ignores Markdown files skillc does not lint, and shuts down cleanly without --stdio too", async () => {
    const root = project({ "skillc.config.json": "{}" });
    client = await startClient(root, { args: [] });
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: client.uri("README.md"), languageId: "markdown", version: 1, text: "# Readme\n" } });
    const hover = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: client.uri("README.md") }, position: { line: 0, character: 2 } });
    expect(hover).toBeNull();
    const c = client;
    client = undefined;
    expect(await c.stop()).toBe(0);
    expect(c.stderr()).toBe("");
  });
});
