/**
 * The integration framework's own verification (seed plan 08-02): the template, the
 * add-integration skill and the protocol exist at their size, hold their sections, link the
 * protocol, never ask the user to edit config, and the protocol's schema regions are current.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillRegions, findRegions, SCHEMA_REGIONS } from "../src/docs/regions.js";
import { lint, loadConfig, loadSkill } from "../src/index.js";
import { REPO } from "./helpers/cli.js";

const TEMPLATE = join(REPO, "templates/INTEGRATION_TEMPLATE.md");
const ADD = join(REPO, ".github/skills/add-integration/SKILL.md");
const PROTOCOL = join(REPO, "docs/protocols/integration-framework.md");
const config = loadConfig(REPO);
const read = (p: string) => readFileSync(p, "utf8");
const lineCount = (p: string) => read(p).split("\n").length - (read(p).endsWith("\n") ? 1 : 0);

describe("the integration framework artifacts", () => {
  it.each([
    [TEMPLATE, 80],
    [ADD, 60],
    [PROTOCOL, 100],
  ])("%s has at least %i lines", (path, min) => {
    expect(lineCount(path)).toBeGreaterThanOrEqual(min);
  });

  it("the template is a template with every hook in the documented pattern and the three tables", async () => {
    const doc = await loadSkill(TEMPLATE, config);
    expect(doc.kind).toBe("template");
    expect(read(TEMPLATE)).toContain("## Required Hooks");
    expect(doc.requiredHooks?.hooks.map((h) => h.name)).toEqual(["setup", "sync", "error_handling"]);
    expect(doc.optionalHooks?.hooks.map((h) => h.name)).toEqual(["status", "disconnect", "conflict_resolution"]);
    for (const hook of doc.hooks) {
      expect(hook.trigger?.value, hook.name).toBeTruthy();
      expect(hook.behavior?.steps.length, hook.name).toBeGreaterThan(0);
      expect(hook.errorHandling?.cases.length, hook.name).toBeGreaterThan(0);
      expect(hook.userCommunication?.success && hook.userCommunication.failure, hook.name).toBeTruthy();
    }
    expect(doc.credentials?.columns.map((c) => c.value)).toEqual(["Credential", "Source", "User Obtains From"]);
    expect(doc.rateLimits?.columns.map((c) => c.value)).toEqual(["Limit", "Value", "Handling"]);
    expect(doc.dataMapping?.columns.map((c) => c.value)).toEqual(["External Field", "Local Field", "Sync Direction"]);
    const fm = doc.frontmatter?.data as { integration?: Record<string, unknown>; triggers?: unknown[] };
    expect(Object.keys(fm.integration ?? {}).sort()).toEqual(["mcp_server", "requires_auth", "service"]);
    expect(fm.triggers?.length).toBeGreaterThan(0);
  });

  it("the add-integration skill walks through every phase of the plan", () => {
    const text = read(ADD);
    for (const phase of ["Discovery", "Prerequisite Check", "Server Search", "Credential Collection", "Installation", "Verification"]) {
      expect(text).toMatch(new RegExp(`^## .*${phase}`, "m"));
    }
    for (const fact of ["registry.modelcontextprotocol.io", "trello.com/power-ups/admin", "claude mcp add --transport stdio", "opencode.json"]) {
      expect(text).toContain(fact);
    }
  });

  it.each([TEMPLATE, ADD])("%s links the protocol", async (path) => {
    const doc = await loadSkill(path, config);
    expect(doc.links.some((l) => l.url.endsWith("integration-framework.md"))).toBe(true);
  });

  it("no user-facing text in the template, the add-integration skill or the examples asks the user to edit config", async () => {
    const results = await lint({ paths: [TEMPLATE, ADD, join(REPO, "examples")], cwd: REPO, config });
    expect(results.length).toBeGreaterThanOrEqual(5);
    for (const r of results) expect(r.messages, r.filePath).toEqual([]);
    // The rule really runs on them: each has user-facing text it inspected.
    for (const path of [TEMPLATE, ADD]) expect((await loadSkill(path, config)).userFacing.length).toBeGreaterThan(3);
  });

  it("the protocol has all nine parts of the plan and the state diagrams", () => {
    const text = read(PROTOCOL);
    for (const part of ["Overview", "Lifecycle", "Required Hooks", "Optional Hooks", "Graceful Degradation", "Session Startup", "Credential Security", "Rate Limit", "Rollback"]) {
      expect(text).toMatch(new RegExp(`^## .*${part}`, "m"));
    }
    expect(text).toContain("```mermaid\nstateDiagram-v2");
    expect(text).toMatch(/CLOSED[\s\S]*OPEN[\s\S]*HALF[-_]OPEN/);
  });

  it("the protocol's schema regions are what the schema renders (no drift)", () => {
    const text = read(PROTOCOL);
    expect(findRegions(text).map((r) => r.name).sort()).toEqual(["hooks", "tables"]);
    expect(fillRegions(text, (name) => SCHEMA_REGIONS[name]?.())).toBe(text);
  });

  it("the Trello example follows the template's sections in order", async () => {
    const headings = async (p: string) => (await loadSkill(p, config)).sections.flatMap(function flat(s): string[] {
      return s.depth === 2 ? [s.title] : s.children.flatMap(flat);
    });
    const template = await headings(TEMPLATE);
    const trello = await headings(join(REPO, "examples/trello-sync/SKILL.md"));
    expect(trello.filter((h) => template.includes(h))).toEqual(template.filter((h) => trello.includes(h)));
    for (const h of ["Required Hooks", "Credentials", "Rate Limits", "Data Mapping"]) expect(trello).toContain(h);
    const calendar = await loadSkill(join(REPO, "examples/google-calendar-sync/SKILL.md"), config);
    expect(calendar.optionalHooks?.hooks.map((h) => h.name)).toContain("conflict_resolution");
  });
});
