/**
 * Facts about a skill that every stage reads (its name, its integration, how a service is shown,
 * the scaffold marker): defined once here, computed once by the parser into the model.
 */
import { basename, dirname } from "node:path";
import type { SkillDocument } from "./types.js";

/** What an integration skill's frontmatter says about its service. */
export interface Integration {
  /** The service id (`google-calendar`). */
  service: string;
  /** How people see the service's name (`Google Calendar`). */
  displayName: string;
  /** npm package of the MCP server (empty when the frontmatter has none). */
  mcpServer: string;
  requiresAuth: boolean;
}

/** The marker `skillc new` writes at the top of a skill it scaffolds; the `placeholder` rule reads it. */
export const SCAFFOLD_MARKER = "skillc:scaffolded";

/**
 * The placeholder that opens the integration template's instructions to its reader: `skillc new`
 * leaves that paragraph out, and in a skill copied by hand the `placeholder` rule reports it
 * until it is deleted.
 */
export const TEMPLATE_HELP = "[How to use this template]";

/** The skill's name: its frontmatter `name`, else the name of its folder. */
export function skillName(doc: Pick<SkillDocument, "path" | "frontmatter">): string {
  const name = doc.frontmatter?.data?.name;
  return typeof name === "string" ? name : basename(dirname(doc.path));
}

/** An integration skill's service (templates and plain skills have none). */
export function integrationOf(doc: Pick<SkillDocument, "kind" | "frontmatter">): Integration | undefined {
  const i = doc.frontmatter?.data?.integration as Record<string, unknown> | undefined;
  if (doc.kind !== "integration" || !i || typeof i.service !== "string") return undefined;
  return { service: i.service, displayName: displayName(i.service), mcpServer: String(i.mcp_server ?? ""), requiresAuth: i.requires_auth !== false };
}

/** `google-calendar` -> `Google Calendar`. */
export function displayName(service: string): string {
  return service
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}
