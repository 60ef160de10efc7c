/**
 * unique-names: a skill's `name` is the folder of its bundle, and an integration's
 * `integration.service` the name of its protocol page, MCP server and registry entry; two files
 * of a project with one of them would write over each other. A project rule: it compares files.
 */
import { relative, sep } from "node:path";
import { FILE_START } from "../model/positions.js";
import type { SkillDocument } from "../model/types.js";
import { defineProjectRule, type Claim } from "./define.js";

/** The kinds of value compared, with the frontmatter key each is written at. */
const KEYS = { name: ["name"], service: ["integration", "service"] } as const;

export default defineProjectRule({
  id: "unique-names",
  meta: {
    description: "Two skills with one `name`, or two integrations with one `integration.service`",
    defaultSeverity: "error",
    preset: "recommended",
    guardsOutput: true,
    scope: "project",
    messages: {
      name: "Unexpected `name` `{{value}}`: `{{other}}` has it too, expected a name no other skill has",
      service: "Unexpected `integration.service` `{{value}}`: `{{other}}` has it too, expected a service no other integration has",
    },
  },
  claims(doc: SkillDocument): Claim[] {
    // A template is not built; a file that could not be parsed is refused for that already.
    if (doc.kind === "template" || !doc.readable) return [];
    const at = (path: readonly string[]) => doc.frontmatter?.rangeOf(path) ?? doc.frontmatter?.range ?? FILE_START;
    // What `build` names the bundle: the frontmatter's name, else the folder's.
    const claims: Claim[] = [{ key: "name", value: doc.name, at: at(KEYS.name) }];
    if (doc.integration) claims.push({ key: "service", value: doc.integration.service, at: at(KEYS.service) });
    return claims;
  },
  checkProject(ctx) {
    // Case is ignored: on macOS and Windows `Trello/` and `trello/` are one folder.
    const groups = new Map<string, { path: string; claim: Claim }[]>();
    for (const file of ctx.files) {
      for (const claim of file.claims) {
        const id = `${claim.key}\0${claim.value.toLowerCase()}`;
        groups.set(id, [...(groups.get(id) ?? []), { path: file.path, claim }]);
      }
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const entry of group) {
        const { claim } = entry;
        const other = group.find((g) => g !== entry)!;
        ctx.report({
          claim,
          messageId: claim.key === "service" ? "service" : "name",
          data: { value: claim.value, other: relative(ctx.root, other.path).split(sep).join("/") },
        });
      }
    }
  },
});
