/**
 * `skillc build`: golden output for the repository's examples, valid JSON/TOML/YAML, credential
 * references only, links inside each bundle, byte-for-byte companions, determinism, --check and
 * --dry-run, refusal of skills with lint errors, removal of stale output, --target, and lint never
 * reading the build output back.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseToml } from "smol-toml";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { PLAIN_SKILL, project, REPO, skillc } from "../helpers/cli.js";
import { run } from "../helpers/run.js";
import { TARGET_IDS } from "../../src/index.js";

const read = (p: string) => readFileSync(p, "utf8");
const posix = (p: string) => p.split(sep).join("/");

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A temp project (removed after the file's tests). */
function temp(files: Record<string, string | Uint8Array> = {}): string {
  const root = project(files);
  roots.push(root);
  return root;
}

/** The three repository examples and the protocol doc, at the same relative paths as in the repo. */
function examplesProject(extra: Record<string, string | Uint8Array> = {}): string {
  const root = temp();
  for (const rel of ["examples/trello-sync", "examples/google-calendar-sync", "examples/release-notes", "docs/protocols/integration-framework.md"]) {
    cpSync(join(REPO, rel), join(root, rel), { recursive: true });
  }
  for (const [rel, content] of Object.entries(extra)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

/** Every file under a folder: relative path -> bytes and mode. */
function tree(dir: string): Record<string, { bytes: Buffer; mode: number }> {
  if (!existsSync(dir)) return {};
  const out: Record<string, { bytes: Buffer; mode: number }> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = join(e.parentPath, e.name);
    out[posix(relative(dir, abs))] = { bytes: readFileSync(abs), mode: statSync(abs).mode & 0o777 };
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const files = (dir: string) => Object.keys(tree(dir));

/**
 * A folder's tree to compare with toEqual: each file's bytes as a latin1 string (one character
 * per byte: equal strings are equal bytes) and its mode. toEqual walks Buffers byte by byte, about
 * half a second per build output.
 */
function comparableTree(dir: string): Record<string, { bytes: string; mode: number }> {
  return Object.fromEntries(Object.entries(tree(dir)).map(([path, { bytes, mode }]) => [path, { bytes: bytes.toString("latin1"), mode }]));
}

const TARGET_SKILL_DIRS: Record<string, string> = {
  agents: ".agents/skills",
  claude: ".claude/skills",
  copilot: ".github/skills",
  cursor: ".cursor/skills",
  opencode: ".opencode/skills",
  codex: ".agents/skills",
  gemini: ".gemini/skills",
  roo: ".roo/skills",
  windsurf: ".windsurf/skills",
};

/** Every bundle folder of the output: `<target>/<skillsDir>/<name>`. */
function bundleDirs(out: string): string[] {
  const dirs: string[] = [];
  for (const [target, skillsDir] of Object.entries(TARGET_SKILL_DIRS)) {
    const base = join(out, target, skillsDir);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) dirs.push(join(base, name));
  }
  return dirs;
}

/** The YAML frontmatter of a generated SKILL.md. */
function frontmatterOf(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`no frontmatter in:\n${text.slice(0, 200)}`);
  return parseYaml(m[1]!) as Record<string, unknown>;
}


const SPEC_KEYS = ["name", "description", "license", "compatibility", "allowed-tools", "metadata"];

/** The built binary, once: the golden files and what every output must satisfy. The other tests run in this process (helpers/run.ts). */
describe("skillc build: the repository examples", () => {
  const root = examplesProject();
  const out = join(root, "out");
  // Credentials present in the environment of the build must never be copied into the output.
  const SECRETS = {
    TRELLO_API_KEY: "sentinel-trello-key-0123456789abcdef",
    TRELLO_TOKEN: "sentinel-trello-token-0123456789abcdef",
    GOOGLE_OAUTH_CREDENTIALS: "/home/someone/sentinel-oauth-credentials.json",
  };
  const first = skillc(["build", "--out", "out"], { cwd: root, env: SECRETS });

  it("builds cleanly", () => {
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("wrote  out/skills.json");
  });

  it.each([
    ["claude/.mcp.json", "claude.mcp.json"],
    ["claude/mcp-add.sh", "claude.mcp-add.sh"],
    ["copilot/.vscode/mcp.json", "copilot.vscode.mcp.json"],
    ["cursor/.cursor/mcp.json", "cursor.cursor.mcp.json"],
    ["opencode/opencode.json", "opencode.opencode.json"],
    ["codex/.codex/config.toml", "codex.codex.config.toml"],
    ["registry/trello/server.json", "registry.trello.server.json"],
    ["skills.json", "skills.json"],
    ["available_skills.xml", "available_skills.xml"],
    ["AGENTS.md", "AGENTS.md"],
    ["claude/.claude/skills/trello-sync/SKILL.md", "claude.trello-sync.SKILL.md"],
  ])("golden: %s", async (path, golden) => {
    await expect(read(join(out, path))).toMatchFileSnapshot(`./__golden__/build/${golden}`);
  });

  it("every JSON output is strict JSON (no comments: Claude Code and the Copilot CLI reject them), and the Codex TOML parses", () => {
    const jsonFiles = files(out).filter((f) => f.endsWith(".json"));
    expect(jsonFiles).toEqual(
      expect.arrayContaining(["claude/.mcp.json", "copilot/.mcp.json", "copilot/.vscode/mcp.json", "cursor/.cursor/mcp.json", "gemini/.gemini/settings.json", "opencode/opencode.json", "roo/.roo/mcp.json", "registry/trello/server.json", "registry/google-calendar/server.json", "skills.json"]),
    );
    for (const f of jsonFiles) expect(() => JSON.parse(read(join(out, f))), f).not.toThrow();
    const toml = parseToml(read(join(out, "codex/.codex/config.toml"))) as { mcp_servers: Record<string, unknown> };
    expect(Object.keys(toml.mcp_servers).sort()).toEqual(["google-calendar", "trello"]);
  });

  it("every bundle SKILL.md has spec-only frontmatter with string metadata and the folded triggers", () => {
    const dirs = bundleDirs(out);
    expect(dirs).toHaveLength(TARGET_IDS.length * 3);
    for (const dir of dirs) {
      const name = dir.split(sep).at(-1)!;
      const source = read(join(root, "examples", name, "SKILL.md"));
      const triggers = (frontmatterOf(source).triggers as string[]) ?? [];
      const fm = frontmatterOf(read(join(dir, "SKILL.md")));
      const where = posix(relative(out, dir));
      for (const key of Object.keys(fm)) expect(SPEC_KEYS, `${where}: ${key}`).toContain(key);
      expect(fm.name, where).toBe(name);
      const description = fm.description as string;
      expect(typeof description).toBe("string");
      expect(description.length, where).toBeGreaterThan(0);
      expect(description.length, where).toBeLessThanOrEqual(1024);
      expect(description, where).not.toMatch(/[<>]/);
      expect(triggers.length, where).toBeGreaterThan(0);
      const own = String(frontmatterOf(source).description);
      if (/use when/i.test(own)) {
        // release-notes already says when to use it: its description is kept as written.
        expect(description, where).toBe(own);
        expect(description, where).not.toContain("Use when the user says");
      } else {
        expect(description, where).toContain("Use when the user says");
        for (const t of triggers) expect(description, where).toContain(`"${t}"`);
      }
      if (fm.metadata !== undefined) {
        expect(typeof fm.metadata, where).toBe("object");
        for (const [k, v] of Object.entries(fm.metadata as Record<string, unknown>)) expect(typeof v, `${where}: metadata.${k}`).toBe("string");
      }
    }
  });

  it("skills.json validates against schemas/manifest.schema.json", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(read(join(REPO, "schemas/manifest.schema.json"))));
    const manifest = JSON.parse(read(join(out, "skills.json")));
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(manifest.skills.map((s: { name: string }) => s.name)).toEqual(["google-calendar-sync", "release-notes", "trello-sync"]);
  });

  it("no credential value anywhere: every MCP env entry is a reference", () => {
    const claude = JSON.parse(read(join(out, "claude/.mcp.json")));
    const cursor = JSON.parse(read(join(out, "cursor/.cursor/mcp.json")));
    const opencode = JSON.parse(read(join(out, "opencode/opencode.json")));
    const copilot = JSON.parse(read(join(out, "copilot/.vscode/mcp.json")));
    const copilotCli = JSON.parse(read(join(out, "copilot/.mcp.json")));
    const gemini = JSON.parse(read(join(out, "gemini/.gemini/settings.json")));
    const roo = JSON.parse(read(join(out, "roo/.roo/mcp.json")));
    const codex = parseToml(read(join(out, "codex/.codex/config.toml"))) as { mcp_servers: Record<string, Record<string, unknown>> };

    const envs: [string, Record<string, string>, (name: string, value: string) => boolean][] = [];
    for (const [n, s] of Object.entries(claude.mcpServers as Record<string, { env: Record<string, string> }>)) envs.push([`claude ${n}`, s.env, (k, v) => v === `\${${k}}`]);
    for (const [n, s] of Object.entries(cursor.mcpServers as Record<string, { env: Record<string, string> }>)) envs.push([`cursor ${n}`, s.env, (k, v) => v === `\${env:${k}}`]);
    for (const [n, s] of Object.entries(copilotCli.mcpServers as Record<string, { env: Record<string, string> }>)) envs.push([`copilot CLI ${n}`, s.env, (k, v) => v === `\${${k}}`]);
    for (const [n, s] of Object.entries(gemini.mcpServers as Record<string, { env: Record<string, string> }>)) envs.push([`gemini ${n}`, s.env, (k, v) => v === `\${${k}}`]);
    for (const [n, s] of Object.entries(roo.mcpServers as Record<string, { env: Record<string, string> }>)) envs.push([`roo ${n}`, s.env, (k, v) => v === `\${env:${k}}`]);
    for (const [n, s] of Object.entries(opencode.mcp as Record<string, { environment: Record<string, string> }>)) envs.push([`opencode ${n}`, s.environment, (k, v) => v === `{env:${k}}`]);
    const inputs = copilot.inputs as { id: string; type: string; password: boolean }[];
    const inputIds = new Set(inputs.map((i) => i.id));
    for (const [n, s] of Object.entries(copilot.servers as Record<string, { env: Record<string, string> }>)) {
      envs.push([`copilot ${n}`, s.env, (_k, v) => /^\$\{input:([^}]+)\}$/.test(v) && inputIds.has(/^\$\{input:([^}]+)\}$/.exec(v)![1]!)]);
    }
    expect(envs).toHaveLength(14);
    const names = new Set<string>();
    for (const [where, env, isReference] of envs) {
      expect(Object.keys(env).length, where).toBeGreaterThan(0);
      for (const [k, v] of Object.entries(env)) {
        names.add(k);
        expect(isReference(k, v), `${where}: ${k}=${v}`).toBe(true);
      }
    }
    expect([...names].sort()).toEqual(["GOOGLE_OAUTH_CREDENTIALS", "TRELLO_API_KEY", "TRELLO_TOKEN"]);
    for (const input of inputs) expect(input, input.id).toMatchObject({ type: "promptString", password: true });

    // Codex forwards by name and carries no env table of values.
    expect(codex.mcp_servers.trello).toMatchObject({ env_vars: ["TRELLO_API_KEY", "TRELLO_TOKEN"] });
    expect(codex.mcp_servers["google-calendar"]).toMatchObject({ env_vars: ["GOOGLE_OAUTH_CREDENTIALS"] });
    for (const s of Object.values(codex.mcp_servers)) expect(s).not.toHaveProperty("env");

    // The claude mcp add lines: the name before --env (which takes several values), references in
    // single quotes, -- before the command; the script runs with sh.
    const script = read(join(out, "claude/mcp-add.sh"));
    expect(script.startsWith("#!/bin/sh\n")).toBe(true);
    expect(statSync(join(out, "claude/mcp-add.sh")).mode & 0o111).not.toBe(0);
    const adds = script.split("\n").filter((l) => l.startsWith("claude mcp add"));
    expect(adds).toHaveLength(2);
    for (const line of adds) expect(line).toMatch(/^claude mcp add --transport stdio --scope project [a-z0-9-]+( --env '(\w+)=\$\{\2\}')+ -- npx -y \S+$/);

    // The registry fragments carry what the registry requires (a reverse-DNS name, the pinned version), name the variables and hold no values.
    for (const svc of ["trello", "google-calendar"]) {
      const server = JSON.parse(read(join(out, "registry", svc, "server.json")));
      expect(server.name).toMatch(/^io\.github\.[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/);
      expect(server.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(server.packages[0].version).toBe(server.version);
      for (const v of server.packages[0].environmentVariables) {
        expect(v).toMatchObject({ isSecret: true });
        expect(v).not.toHaveProperty("value");
        expect(v).not.toHaveProperty("default");
      }
    }

    // The values set in the build's environment appear in no output file.
    for (const [path, { bytes }] of Object.entries(tree(out))) {
      for (const secret of Object.values(SECRETS)) expect(bytes.includes(secret), `${path} contains ${secret}`).toBe(false);
    }
  });

  it("every relative link in every bundle .md file resolves inside its bundle", () => {
    let checked = 0;
    for (const dir of bundleDirs(out)) {
      for (const file of files(dir).filter((f) => f.endsWith(".md"))) {
        const abs = join(dir, file);
        for (const m of read(abs).matchAll(/\]\(([^)\s]+)\)/g)) {
          const url = m[1]!;
          if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("#")) continue;
          const where = `${posix(relative(out, abs))} -> ${url}`;
          const target = resolve(dirname(abs), decodeURIComponent(url.replace(/[?#].*$/, "")));
          const rel = relative(dir, target);
          expect(rel.startsWith("..") || resolve(rel) === rel, `${where} points outside the bundle`).toBe(false);
          expect(existsSync(target), `${where} does not resolve`).toBe(true);
          checked++;
        }
      }
    }
    // trello-sync and google-calendar-sync link the protocol copy, release-notes its format reference (and back).
    expect(checked).toBeGreaterThanOrEqual(6 * 4);
  });

  it("copies referenced protocol docs under references/ and companion files as they are", () => {
    const bundle = join(out, "claude/.claude/skills");
    expect(read(join(bundle, "trello-sync/SKILL.md"))).toContain("](references/integration-framework.md)");
    expect(existsSync(join(bundle, "trello-sync/references/integration-framework.md"))).toBe(true);
    expect(readFileSync(join(bundle, "release-notes/references/format.md"))).toEqual(readFileSync(join(REPO, "examples/release-notes/references/format.md")));
  });

  it("writes no absolute path into any output", () => {
    const needles = [...new Set([root, realpathSync(root), REPO])];
    for (const [path, { bytes }] of Object.entries(tree(out))) {
      for (const needle of needles) expect(bytes.includes(needle), `${path} contains ${needle}`).toBe(false);
    }
  });
});

describe("skillc build: bundles", () => {
  it("copies companion files byte for byte and keeps a script's executable bit", async () => {
    const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const crlf = "first line\r\nsecond line\r\n\r\nlast line without newline";
    const script = "#!/bin/sh\necho \"hello from the toolbox\"\n";
    const root = temp({
      "skills/toolbox/SKILL.md":
        "---\nname: toolbox\ndescription: Runs the toolbox scripts on request.\n---\n\n# Toolbox\n\nRun [the script](scripts/run.sh); data in [the blob](assets/all-bytes.bin) and [notes](notes-crlf.txt).\n",
      "skills/toolbox/assets/all-bytes.bin": allBytes,
      "skills/toolbox/notes-crlf.txt": crlf,
      "skills/toolbox/scripts/run.sh": script,
    });
    chmodSync(join(root, "skills/toolbox/scripts/run.sh"), 0o755);
    chmodSync(join(root, "skills/toolbox/notes-crlf.txt"), 0o644);
    const r = await run(["build", "--out", "out"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const dirs = bundleDirs(join(root, "out"));
    expect(dirs).toHaveLength(TARGET_IDS.length);
    for (const dir of dirs) {
      expect(readFileSync(join(dir, "assets/all-bytes.bin")).equals(Buffer.from(allBytes)), dir).toBe(true);
      expect(readFileSync(join(dir, "notes-crlf.txt")).equals(Buffer.from(crlf)), dir).toBe(true);
      expect(readFileSync(join(dir, "scripts/run.sh")).equals(Buffer.from(script)), dir).toBe(true);
      if (process.platform !== "win32") {
        expect(statSync(join(dir, "scripts/run.sh")).mode & 0o111, `${dir}/scripts/run.sh`).not.toBe(0);
        expect(statSync(join(dir, "notes-crlf.txt")).mode & 0o111, `${dir}/notes-crlf.txt`).toBe(0);
      }
    }
  });

  it("keeps frontmatter keys the model does not know: spec ones at top level, others as metadata strings", async () => {
    const root = temp({
      "skills/keeper/SKILL.md": [
        "---",
        "name: keeper",
        "description: Keeps every frontmatter key the model does not know.",
        "license: Apache-2.0",
        "compatibility: Requires git and network access",
        "allowed-tools: Bash(git:*) Read",
        "metadata:",
        "  author: example-org",
        '  version: "1.0"',
        "argument-hint: the file to check",
        "triggers:",
        '  - "keep my keys"',
        "---",
        "",
        "# Keeper",
        "",
        "Keeps keys.",
        "",
      ].join("\n"),
    });
    const r = await run(["build", "--out", "out"], { cwd: root });
    expect(r.code).toBe(0);
    for (const dir of bundleDirs(join(root, "out"))) {
      const fm = frontmatterOf(read(join(dir, "SKILL.md")));
      expect(Object.keys(fm)).toEqual(["name", "description", "license", "compatibility", "allowed-tools", "metadata"]);
      expect(fm).toMatchObject({
        name: "keeper",
        description: 'Keeps every frontmatter key the model does not know. Use when the user says "keep my keys".',
        license: "Apache-2.0",
        compatibility: "Requires git and network access",
        "allowed-tools": "Bash(git:*) Read",
      });
      expect(fm.metadata).toMatchObject({ author: "example-org", version: "1.0", "argument-hint": "the file to check" });
      for (const v of Object.values(fm.metadata as Record<string, unknown>)) expect(typeof v).toBe("string");
    }
  });
});

describe("skillc build: determinism", () => {
  it("two folders and two runs give byte-identical trees with no absolute paths", async () => {
    const a = examplesProject();
    const b = examplesProject();
    expect((await run(["build", "--out", "out"], { cwd: a })).code).toBe(0);
    expect((await run(["build", "--out", "out"], { cwd: b })).code).toBe(0);
    const treeA = comparableTree(join(a, "out"));
    expect(Object.keys(treeA).length).toBeGreaterThan(40);
    expect(comparableTree(join(b, "out"))).toEqual(treeA);

    // Again in the same folder: nothing to write, nothing changes.
    const again = await run(["build", "--out", "out"], { cwd: a });
    expect(again).toMatchObject({ code: 0, stdout: "out is up to date\n" });
    expect(comparableTree(join(a, "out"))).toEqual(treeA);

    // From scratch in the same folder: the same bytes.
    rmSync(join(a, "out"), { recursive: true });
    expect((await run(["build", "--out", "out"], { cwd: a })).code).toBe(0);
    expect(comparableTree(join(a, "out"))).toEqual(treeA);

    for (const root of [a, b]) {
      const needles = [...new Set([root, realpathSync(root)])];
      for (const [path, { bytes }] of Object.entries(tree(join(root, "out")))) {
        for (const needle of needles) expect(bytes.includes(needle), `${path} contains ${needle}`).toBe(false);
      }
    }
  });
});

describe("skillc build: --check and --dry-run", () => {
  it("--check lists missing files, passes after a build, flags a stale source, and writes nothing", async () => {
    const root = examplesProject();
    const out = join(root, "out");
    const before = await run(["build", "--out", "out", "--check"], { cwd: root });
    expect(before.code).toBe(1);
    expect(before.stderr).toMatch(/^missing\s+out\/skills\.json$/m);
    expect(before.stderr).toMatch(/^missing\s+out\/claude\/\.claude\/skills\/trello-sync\/SKILL\.md$/m);
    expect(before.stderr).toMatch(/^missing\s+out\/codex\/\.codex\/config\.toml$/m);
    expect(existsSync(out)).toBe(false);

    expect((await run(["build", "--out", "out"], { cwd: root })).code).toBe(0);
    expect(await run(["build", "--out", "out", "--check"], { cwd: root })).toMatchObject({ code: 0, stdout: "out is up to date\n" });

    const source = join(root, "examples/trello-sync/SKILL.md");
    writeFileSync(source, read(source).replace("Sync the workspace task list with a Trello board.", "Sync the task list with one Trello board."));
    const built = comparableTree(out);
    const stale = await run(["build", "--out", "out", "--check"], { cwd: root });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^stale\s+out\/claude\/\.claude\/skills\/trello-sync\/SKILL\.md$/m);
    expect(stale.stderr).toMatch(/^stale\s+out\/skills\.json$/m);
    expect(stale.stderr).not.toContain("google-calendar-sync/SKILL.md");
    expect(comparableTree(out)).toEqual(built);
  });

  it("--dry-run lists what it would write and writes nothing", async () => {
    const root = examplesProject();
    const out = join(root, "out");
    const fresh = await run(["build", "--out", "out", "--dry-run"], { cwd: root });
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(/^would write\s+out\/skills\.json$/m);
    expect(existsSync(out)).toBe(false);

    expect((await run(["build", "--out", "out"], { cwd: root })).code).toBe(0);
    const source = join(root, "examples/trello-sync/SKILL.md");
    writeFileSync(source, read(source).replace("Sync the workspace task list with a Trello board.", "Sync the task list with one Trello board."));
    const built = comparableTree(out);
    const dry = await run(["build", "--out", "out", "--dry-run"], { cwd: root });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^would write\s+out\/claude\/\.claude\/skills\/trello-sync\/SKILL\.md$/m);
    expect(comparableTree(out)).toEqual(built);
  });
});

describe("skillc build: refusal, removal and targets", () => {
  it("does not build a skill with lint errors, names it, exits 1 and builds the others", async () => {
    const trello = read(join(REPO, "examples/trello-sync/SKILL.md"));
    const root = examplesProject({
      // A plain skill with a broken link (rule links).
      "skills/broken-skill/SKILL.md": "---\nname: broken-skill\ndescription: Has a broken link.\n---\n\n# Broken\n\nSee [nothing](missing.md).\n",
      // An integration with a broken Rate Limits heading: its MCP server must not be configured either.
      "skills/jira-sync/SKILL.md": trello
        .replace("name: trello-sync", "name: jira-sync")
        .replace('service: "trello"', 'service: "jira"')
        .replace('mcp_server: "@delorenj/mcp-server-trello"', 'mcp_server: "@example/jira-mcp"')
        .replace("## Rate Limits", "## Rate Limitz"),
    });
    const r = await run(["build", "--out", "out"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("skills/broken-skill/SKILL.md");
    expect(r.stderr).toContain("skills/jira-sync/SKILL.md");
    const out = join(root, "out");
    const paths = files(out);
    expect(paths.filter((p) => /broken-skill|jira/.test(p))).toEqual([]);
    for (const [path, { bytes }] of Object.entries(tree(out))) {
      expect(bytes.includes("broken-skill"), path).toBe(false);
      expect(bytes.includes("jira"), path).toBe(false);
    }
    for (const name of ["trello-sync", "google-calendar-sync", "release-notes"]) {
      for (const [target, skillsDir] of Object.entries(TARGET_SKILL_DIRS)) expect(paths, `${target} ${name}`).toContain(`${target}/${skillsDir}/${name}/SKILL.md`);
    }
    expect(JSON.parse(read(join(out, "skills.json"))).skills.map((s: { name: string }) => s.name)).toEqual(["google-calendar-sync", "release-notes", "trello-sync"]);
  });

  it("removes the generated files of a deleted skill and leaves hand-made files alone", async () => {
    const root = examplesProject();
    const out = join(root, "out");
    expect((await run(["build", "--out", "out"], { cwd: root })).code).toBe(0);
    expect(files(out).filter((p) => p.includes("google-calendar")).length).toBeGreaterThan(0);
    const handMade = {
      "NOTES.md": "# Our notes about the build\n",
      "claude/settings.local.json": '{ "mine": true }\n',
      "claude/.claude/skills/google-calendar-sync/my-notes.md": "Notes I keep next to the skill.\n",
    };
    for (const [rel, content] of Object.entries(handMade)) writeFileSync(join(out, rel), content);

    rmSync(join(root, "examples/google-calendar-sync"), { recursive: true });
    const check = await run(["build", "--out", "out", "--check"], { cwd: root });
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/^would remove\s+out\/claude\/\.claude\/skills\/google-calendar-sync\/SKILL\.md$/m);
    expect(check.stderr).not.toContain("NOTES.md");

    const r = await run(["build", "--out", "out"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^removed\s+out\/registry\/google-calendar\/server\.json$/m);
    const left = files(out).filter((p) => p.includes("google-calendar"));
    expect(left).toEqual(["claude/.claude/skills/google-calendar-sync/my-notes.md"]);
    for (const [rel, content] of Object.entries(handMade)) expect(read(join(out, rel)), rel).toBe(content);
    expect(Object.keys(JSON.parse(read(join(out, "claude/.mcp.json"))).mcpServers)).toEqual(["trello"]);
    expect(read(join(out, "AGENTS.md"))).not.toContain("google-calendar");
    expect((await run(["build", "--out", "out", "--check"], { cwd: root })).code).toBe(0);
  });

  it("--target claude,codex builds only those two target folders", async () => {
    const root = examplesProject();
    const out = join(root, "out");
    const r = await run(["build", "--out", "out", "--target", "claude,codex"], { cwd: root });
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([".skillc-outputs", "AGENTS.md", "available_skills.xml", "claude", "codex", "registry", "skills.json"]);
    expect(existsSync(join(out, "claude/.claude/skills/trello-sync/SKILL.md"))).toBe(true);
    expect(existsSync(join(out, "claude/.mcp.json"))).toBe(true);
    expect(existsSync(join(out, "codex/.agents/skills/trello-sync/SKILL.md"))).toBe(true);
    expect(existsSync(join(out, "codex/.codex/config.toml"))).toBe(true);
    const agents = read(join(out, "AGENTS.md"));
    expect(agents).toContain("- `claude/`");
    expect(agents).toContain("- `codex/`");
    expect(agents).not.toMatch(/`(agents|copilot|cursor|opencode)\/`/);
  });

  it("an unknown target is a usage error and writes nothing", async () => {
    const root = examplesProject();
    const r = await run(["build", "--out", "out", "--target", "claude,vim"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"vim"');
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(root, "out"))).toBe(false);
  });

  it("refuses --out at the folder of a skill whose SKILL.md is a symlink to elsewhere", async () => {
    const root = temp({ "away/evil/SKILL.md": PLAIN_SKILL.replace("name: notes", "name: evil") });
    mkdirSync(join(root, "proj/skills/evil"), { recursive: true });
    symlinkSync("../../../away/evil/SKILL.md", join(root, "proj/skills/evil/SKILL.md"));
    const r = await run(["build", "--out", "skills/evil"], { cwd: join(root, "proj") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^skillc: Refusing --out skills\/evil: it holds skills\/evil\/SKILL\.md, a skill being read/);
    expect(readdirSync(join(root, "proj/skills/evil"))).toEqual(["SKILL.md"]);
  });
});

describe("skillc build: output is never read back as a source", () => {
  // A long (valid) frontmatter pushes the generated note of the bundle further down the file.
  function longSkill(): string {
    const triggers = Array.from({ length: 12 }, (_, i) => `run the long skill variant number ${i + 1}`);
    return [
      "---",
      "name: long-skill",
      `description: ${"Does one careful thing with many words so the description is long. ".repeat(14).trim()}`,
      "license: Apache-2.0",
      "compatibility: Requires git, node 20 and network access to the package registry",
      "metadata:",
      ...Array.from({ length: 12 }, (_, i) => `  key-${i + 1}: "a metadata value that is reasonably long, number ${i + 1}"`),
      "triggers:",
      ...triggers.map((t) => `  - "${t}"`),
      "---",
      "",
      "# Long skill",
      "",
      "Does one careful thing.",
      "",
    ].join("\n");
  }

  it("lint's default discovery skips a build folder that is not dist", async () => {
    const root = examplesProject({ "skills/long-skill/SKILL.md": longSkill() });
    const lintBefore = await run(["lint", "--format", "json"], { cwd: root });
    expect(lintBefore.code, lintBefore.stdout + lintBefore.stderr).toBe(0);

    const r = await run(["build", "--out", "build"], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(root, "build/claude/.claude/skills/long-skill/SKILL.md"))).toBe(true);

    const lint = await run(["lint", "--format", "json"], { cwd: root });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    const linted = (JSON.parse(lint.stdout) as { filePath: string }[]).map((f) => posix(relative(realpathSync(root), realpathSync(f.filePath))));
    expect(linted.filter((p) => p.startsWith("build/"))).toEqual([]);
    expect(linted.sort()).toEqual(["examples/google-calendar-sync/SKILL.md", "examples/release-notes/SKILL.md", "examples/trello-sync/SKILL.md", "skills/long-skill/SKILL.md"]);
  });

  it("a second build into a folder that is not dist finds nothing to do", async () => {
    const root = examplesProject({ "skills/long-skill/SKILL.md": longSkill() });
    expect((await run(["build", "--out", "build"], { cwd: root })).code).toBe(0);
    const built = comparableTree(join(root, "build"));
    expect(await run(["build", "--out", "build"], { cwd: root })).toMatchObject({ code: 0, stdout: "build is up to date\n" });
    expect((await run(["build", "--out", "build", "--check"], { cwd: root })).code).toBe(0);
    expect(comparableTree(join(root, "build"))).toEqual(built);
    expect(JSON.parse(read(join(root, "build/skills.json"))).skills.map((s: { source: string }) => s.source)).toEqual([
      "examples/google-calendar-sync/SKILL.md",
      "skills/long-skill/SKILL.md",
      "examples/release-notes/SKILL.md",
      "examples/trello-sync/SKILL.md",
    ]);
  });
});

describe("skillc build run from a subfolder", () => {
  it("writes into the project root's dist/skills by default, and an explicit --out relative to the working folder", async () => {
    const root = temp({ "skillc.config.json": "{}\n", "skills/notes/SKILL.md": PLAIN_SKILL });
    const sub = join(root, "skills/notes");
    expect((await run(["build", "--target", "agents"], { cwd: sub })).code).toBe(0);
    expect(existsSync(join(root, "dist/skills/agents/.agents/skills/notes/SKILL.md"))).toBe(true);
    expect(existsSync(join(sub, "dist"))).toBe(false);
    expect(await run(["build", "--target", "agents", "--check"], { cwd: sub })).toMatchObject({ code: 0, stdout: "../../dist/skills is up to date\n" });
    expect((await run(["build", "--target", "agents", "--out", "out"], { cwd: join(root, "skills") })).code).toBe(0);
    expect(existsSync(join(root, "skills/out/agents/.agents/skills/notes/SKILL.md"))).toBe(true);
  });
});

describe("skillc build with two skills of one name", () => {
  it("builds neither, names both and exits 1", async () => {
    const skill = "---\nname: twin\ndescription: A twin skill.\n---\n# Twin\n";
    const root = project({ "a/twin/SKILL.md": skill, "b/twin/SKILL.md": skill, "c/solo/SKILL.md": skill.replace(/twin/g, "solo") });
    const r = await run(["build", "--out", "out", "--target", "agents"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Unexpected `name` `twin`: `b/twin/SKILL.md` has it too");
    expect(r.stderr).toContain("Unexpected `name` `twin`: `a/twin/SKILL.md` has it too");
    expect(r.stderr).toContain("unique-names");
    expect(existsSync(join(root, "out/agents/.agents/skills/twin"))).toBe(false);
    expect(existsSync(join(root, "out/agents/.agents/skills/solo/SKILL.md"))).toBe(true);
  });

  it("refuses them as errors whatever the config or a disable comment says: one check, the rule's", async () => {
    const skill = "---\nname: twin\ndescription: A twin skill.\n---\n# Twin\n\n<!-- skillc-disable-file unique-names -->\n";
    for (const setting of ["off", "warn"]) {
      const root = project({ "a/twin/SKILL.md": skill, "b/twin/SKILL.md": skill, "skillc.config.json": JSON.stringify({ rules: { "unique-names": setting } }) });
      expect((await run(["lint"], { cwd: root })).code, setting).toBe(0);
      const r = await run(["build", "--out", "out", "--target", "agents", "--config", "skillc.config.json"], { cwd: root });
      expect(r.code, setting).toBe(1);
      expect(r.stderr).toContain("not building a/twin/SKILL.md");
      expect(r.stderr.match(/Unexpected `name` `twin`/g), setting).toHaveLength(2);
      expect(r.stderr).toContain("2 errors");
      expect(existsSync(join(root, "out/agents/.agents/skills/twin"))).toBe(false);
    }
  });
});

describe("skillc build with project rules that only advise", () => {
  it("builds skills past an agent's listing budget: that is advice (listing-budget), not a clash of outputs", async () => {
    const files: Record<string, string> = { "skillc.config.json": '{"extends": "skillc:strict"}' };
    const description = `Take notes in the notes folder when the user asks to remember something. ${"Keep each note short. ".repeat(40)}`.trim();
    for (let i = 0; i < 12; i++) files[`skills/notes-${i}/SKILL.md`] = `---\nname: notes-${i}\ndescription: ${description}\n---\n\n# Notes ${i}\n`;
    const root = project(files);
    const lint = JSON.parse((await run(["lint", "--format", "json"], { cwd: root })).stdout) as { messages: { ruleId: string }[] }[];
    expect(lint.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain("listing-budget");
    const r = await run(["build", "--out", "out", "--target", "claude"], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(root, "out/claude/.claude/skills/notes-11/SKILL.md"))).toBe(true);
  });
});

describe("skillc build with two integrations of one service", () => {
  it("builds neither rather than write one MCP server and registry entry over the other, and lint says so first", async () => {
    const trello = read(join(REPO, "examples/trello-sync/SKILL.md"));
    const root = examplesProject({ "examples/trello-boards-sync/SKILL.md": trello.replace("name: trello-sync", "name: trello-boards-sync") });
    const lint = await run(["lint", "--format", "json"], { cwd: root });
    expect(lint.code).toBe(1);
    const clashes = (JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string; messageId: string }[] }[]).flatMap((r) =>
      r.messages.filter((m) => m.ruleId === "unique-names").map((m) => [posix(relative(root, r.filePath)), m.messageId]),
    );
    expect(clashes).toEqual([
      ["examples/trello-boards-sync/SKILL.md", "service"],
      ["examples/trello-sync/SKILL.md", "service"],
    ]);
    const r = await run(["build", "--out", "out"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("not building examples/trello-sync/SKILL.md");
    expect(r.stderr).toContain("not building examples/trello-boards-sync/SKILL.md");
    expect(existsSync(join(root, "out/registry/trello"))).toBe(false);
    expect(existsSync(join(root, "out/registry/google-calendar/server.json"))).toBe(true);
  });
});

describe("skillc build: MCP registry fragments", () => {
  it("writes none for a package without a scope or an exact version, and says why", async () => {
    const { run } = await import("../helpers/run.js");
    const skill = read(join(REPO, "examples/trello-sync/SKILL.md")).replace('mcp_server: "@delorenj/mcp-server-trello@1.8.1"', 'mcp_server: "@delorenj/mcp-server-trello"');
    const root = project({ "skills/trello-sync/SKILL.md": skill, "docs/protocols/integration-framework.md": read(join(REPO, "docs/protocols/integration-framework.md")) });
    const r = await run(["build", "--target", "claude"], { cwd: root });
    expect(r.code).toBe(0);
    expect(existsSync(join(root, "dist/skills/registry/trello/server.json"))).toBe(false);
    expect(r.stderr).toContain("skillc: note: registry/trello/server.json not written: `@delorenj/mcp-server-trello` names no exact version (pin one: `@delorenj/mcp-server-trello@1.2.3`); the registry takes exact versions only\n");
  });
});
