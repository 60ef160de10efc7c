/**
 * compile/: the build stage, from the model to the files agents read (bundles, MCP configs, manifest, prompt block).
 * May import: `model/`, `agents/`, `parse/`, `fs/`, `schema/`.
 * Never its peers `docs/` and `scaffold/`: what they share lives in `model/`.
 *
 * `skillc build`: every file of the build folder, planned from the model: one bundle per skill
 * in each target's skills folder, each target's MCP configuration, the MCP registry fragments,
 * skills.json, available_skills.xml and AGENTS.md. Deterministic: sorted, LF, no timestamps.
 */
import { dirname, resolve } from "node:path";
import type { OutputFile } from "../model/generated.js";
import type { SkillDocument } from "../model/types.js";
import type { Shipment } from "../fs/shipped.js";
import { buildBundle, bundleFrontmatter } from "./bundle.js";
import { manifestEntry } from "./manifest.js";
import { agentsMd, availableSkillsXml, type ListedSkill } from "./prompt.js";
import { AGENTS, type Agent } from "../agents/index.js";
import { entriesKey, mcpEntries, targets, type McpServer, type TargetId } from "./targets/index.js";

export { TARGET_IDS, type TargetId } from "./targets/index.js";

export interface BuildContext {
  root: string;
  targets: readonly TargetId[];
  /** What each skill ships (from linting it); a skill without one ships SKILL.md alone. */
  shipments?: ReadonlyMap<SkillDocument, Shipment>;
  /** The shipped files' bytes as linted, by absolute path: copied as scanned, not read again. */
  contents?: ReadonlyMap<string, Buffer>;
}

const NOTHING_SHIPPED: Shipment = { files: [], references: new Map(), problems: [] };

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** An integration's MCP server and the credentials of its Credentials table. */
export function mcpServerOf(doc: SkillDocument): McpServer | undefined {
  const { integration } = doc;
  if (!integration) return undefined;
  return {
    name: integration.service,
    package: integration.mcpServer,
    env: (doc.credentials?.rows ?? []).flatMap((r) => {
      const name = r.cells.credential?.value;
      if (!name) return [];
      const where = r.cells.userObtainsFrom?.value;
      const source = r.cells.source?.value;
      return [{ name, description: `${integration.displayName} ${name}${source ? ` (${source})` : ""}${where ? `: get it at ${where}` : ""}` }];
    }),
  };
}

/**
 * `@scope/name@1.2.3` -> `@scope/name`: from the first `@` after the last `/` (not a leading
 * one). Found with indexOf: `(?<=.)@[^/]*$` scanned to the end from every `@` of `@@@…/`.
 */
function withoutVersion(pkg: string): string {
  const at = pkg.indexOf("@", Math.max(1, pkg.lastIndexOf("/") + 1));
  return at === -1 ? pkg : pkg.slice(0, at);
}

/**
 * What the registry needs that the package name must give: its name and a version. The name is
 * the GitHub namespace the registry gives an npm scope (`@delorenj/mcp-server-trello` ->
 * `io.github.delorenj/mcp-server-trello`, the package's own `mcpName`); the version is the one
 * `integration.mcp_server` pins. Otherwise, why there is no fragment.
 */
export function registryIdentity(pkg: string): { name: string; version: string; identifier: string } | { problem: string } {
  const identifier = withoutVersion(pkg);
  const version = pkg.slice(identifier.length + 1);
  const scoped = /^@([a-zA-Z0-9.-]+)\/([a-zA-Z0-9._-]+)$/.exec(identifier);
  if (!scoped) return { problem: `\`${identifier}\` has no npm scope to name it by (the registry's name is \`io.github.<scope>/<name>\`)` };
  if (!version || /[\^~<>=*x ]|^latest$/i.test(version)) return { problem: `\`${pkg}\` names no exact version (pin one: \`${identifier}@1.2.3\`); the registry takes exact versions only` };
  return { name: `io.github.${scoped[1]}/${scoped[2]}`, version, identifier };
}

/** The MCP registry `server.json` fragment, valid against the registry's schema; undefined when the package gives no name or version. */
export function registryFragment(doc: SkillDocument, server: McpServer): string | undefined {
  const id = registryIdentity(server.package);
  if ("problem" in id) return undefined;
  const description = String(doc.frontmatter?.data?.description ?? "").replace(/\s+/g, " ");
  return json({
    $schema: "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json",
    name: id.name,
    description: description.length > 100 ? `${description.slice(0, 97)}...` : description,
    version: id.version,
    packages: [
      {
        registryType: "npm",
        identifier: id.identifier,
        version: id.version,
        runtimeHint: "npx",
        transport: { type: "stdio" },
        environmentVariables: server.env.map((e) => ({ name: e.name, description: e.description, isRequired: true, isSecret: true, format: "string" })),
      },
    ],
  });
}

export function planBuild(docs: readonly SkillDocument[], ctx: BuildContext): OutputFile[] {
  const skills = [...docs].filter((d) => d.kind !== "template").sort((a, b) => (a.name < b.name ? -1 : 1));
  const files: OutputFile[] = [];
  const bundles = new Map(skills.map((d) => [d, buildBundle(d, ctx.shipments?.get(d) ?? NOTHING_SHIPPED, { root: ctx.root, ...(ctx.contents ? { contents: ctx.contents } : {}) })]));
  const servers = skills.map(mcpServerOf).filter((s): s is McpServer => s !== undefined);

  for (const id of ctx.targets) {
    const target = targets[id];
    for (const [doc, bundle] of bundles) {
      for (const f of bundle) files.push({ ...f, path: `${id}/${target.skillsDir}/${doc.name}/${f.path}` });
    }
    for (const f of target.mcp(servers)) files.push({ ...f, path: `${id}/${f.path}` });
  }
  for (const doc of skills) {
    const server = mcpServerOf(doc);
    const fragment = server && registryFragment(doc, server);
    if (server && fragment) files.push({ path: `registry/${server.name}/server.json`, content: fragment });
  }

  // Locations are where the skills are once installed (relative to the project root), not in the build folder.
  const listTarget = ctx.targets[0];
  const listed: ListedSkill[] = skills.map((d) => ({
    name: d.name,
    description: String(bundleFrontmatter(d.frontmatter?.data ?? {}).description ?? ""),
    location: `${listTarget ? `${targets[listTarget].skillsDir}/` : ""}${d.name}/SKILL.md`,
  }));
  files.push({ path: "skills.json", content: json({ $schema: "https://skillc.dev/schemas/manifest.schema.json", generator: "skillc", skills: skills.map((d) => manifestEntry(d, ctx.root)) }) });
  files.push({ path: "available_skills.xml", content: availableSkillsXml(listed) });
  files.push({
    path: "AGENTS.md",
    content: agentsMd(
      listed,
      ctx.targets.map((id) => `- \`${id}/\`: ${targets[id].agents}; skills in \`${targets[id].skillsDir}/\``),
    ),
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A configuration file `install` merges its MCP entries into: the agents that read it write the same entries. */
export interface InstallConfig {
  /** Relative to the project root. */
  path: string;
  format: "json" | "jsonc" | "toml";
  comments: boolean;
  /** The key (JSON) or table (TOML) that holds the servers. */
  key: string;
  entries: Record<string, unknown>;
}

/**
 * `skillc install`: the bundles of every skill where each target's agent reads them (relative to
 * the project root, one copy per folder however many targets share it), and the MCP entries of
 * each target's configuration files, to merge into what is there.
 */
export function planInstall(docs: readonly SkillDocument[], ctx: BuildContext): { files: OutputFile[]; configs: InstallConfig[] } {
  const skills = [...docs].filter((d) => d.kind !== "template").sort((a, b) => (a.name < b.name ? -1 : 1));
  const servers = skills.map(mcpServerOf).filter((s): s is McpServer => s !== undefined);
  const files = new Map<string, OutputFile>();
  const configs = new Map<string, InstallConfig>();
  const bundles = skills.map((d) => [d, buildBundle(d, ctx.shipments?.get(d) ?? NOTHING_SHIPPED, { root: ctx.root, ...(ctx.contents ? { contents: ctx.contents } : {}) })] as const);
  for (const id of ctx.targets) {
    const agent = AGENTS.find((a) => a.id === id)! as Agent;
    const dir = agent.skillsDirs[0]!;
    for (const [doc, bundle] of bundles) {
      // A skill written where this agent reads skills (`.github/skills/x`, skillc new's default) is already in place.
      if (resolve(ctx.root, dir, doc.name) === dirname(doc.path)) continue;
      for (const f of bundle) files.set(`${dir}/${doc.name}/${f.path}`, { ...f, path: `${dir}/${doc.name}/${f.path}` });
    }
    for (const file of agent.mcp) {
      if (configs.has(file.path)) continue; // Shared (.mcp.json): the same entries, as the catalog test holds.
      configs.set(file.path, { path: file.path, format: file.format, comments: file.comments, key: entriesKey(file), entries: mcpEntries(file, servers) });
    }
  }
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1)), configs: [...configs.values()].sort((a, b) => (a.path < b.path ? -1 : 1)) };
}
