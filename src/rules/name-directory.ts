/**
 * name-directory: the Agent Skills specification requires `name` to equal the name of
 * the folder that holds SKILL.md; agents that load skills by folder otherwise disagree on its name.
 */
import { basename, dirname } from "node:path";
import { hasPlaceholder } from "../parse/inline.js";
import { defineRule } from "./define.js";

export default defineRule({
  id: "name-directory",
  meta: {
    description: "`name` differs from the skill's directory name",
    defaultSeverity: "error",
    scope: "all",
    messages: {
      mismatch: "Unexpected name `{{name}}` for a skill in folder `{{folder}}`, expected `{{folder}}`",
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.kind === "template" || basename(doc.path).toLowerCase() !== "skill.md") return;
    const name = doc.frontmatter?.data?.name;
    // In an integration a placeholder name is the `placeholder` rule's; a plain skill has no such rule.
    if (typeof name !== "string" || name === "" || (doc.kind !== "skill" && hasPlaceholder(name))) return;
    const folder = basename(dirname(doc.path));
    if (name !== folder) {
      const at = doc.frontmatter!.rangeOf(["name"]) ?? doc.frontmatter!.range;
      ctx.report({ messageId: "mismatch", data: { name, folder }, at });
    }
  },
});
