/**
 * name-directory: the Agent Skills specification requires `name` to equal the name of
 * the folder that holds SKILL.md; agents that load skills by folder otherwise disagree on its name.
 */
import { basename, dirname } from "node:path";
import { hasPlaceholder } from "../parse/inline.js";
import { isSkillName } from "../schema/expects.js";
import { defineRule } from "./define.js";

export default defineRule({
  id: "name-directory",
  meta: {
    description: "`name` differs from the skill's directory name",
    defaultSeverity: "error",
    preset: "recommended",
    fixable: true,
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
      const valueAt = doc.frontmatter!.rangeOf(["name"]);
      const at = valueAt ?? doc.frontmatter!.range;
      // The one right edit: the folder's name as the value, where the folder's name is a valid
      // skill name (so plain YAML) and the value is one scalar on one line.
      const fixable = valueAt && isSkillName(folder) && valueAt.start.line === valueAt.end.line;
      ctx.report({ messageId: "mismatch", data: { name, folder }, at, ...(fixable ? { fix: { start: valueAt.start.offset, end: valueAt.end.offset, text: folder } } : {}) });
    }
  },
});
