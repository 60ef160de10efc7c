/**
 * links: every relative link and image points at a file or folder that exists inside the
 * project, and every file the skill ships (linked files, files beside SKILL.md) is a regular
 * file inside the project, so the bundle `skillc build` makes carries nothing from elsewhere.
 */
import { relative, sep } from "node:path";
import { localTarget } from "../parse/links.js";
import { defineRule } from "./define.js";

export default defineRule({
  id: "links",
  meta: {
    description: "A relative link whose target does not exist or lies outside the project, or a shipped file that cannot be shipped",
    defaultSeverity: "error",
    preset: "recommended",
    scope: "all",
    messages: {
      missing: "Broken link `{{url}}`: no file at `{{target}}`",
      skillOutside: "Unexpected skill file outside the project (through a symlink): `skillc build` and `skillc docs` only use files inside the project",
      linkOutside: "Unexpected link `{{url}}` to a file outside the project: `skillc build` ships linked files, so they must be inside it",
      linkSpecial: "Unexpected link `{{url}}` to {{what}}: only regular files can be shipped",
      companionOutside: "Unexpected symlink `{{file}}` beside the skill, leading outside the project: it would be shipped with the skill",
      companionSpecial: "Unexpected `{{file}}` beside the skill: it is {{what}}, and only regular files can be shipped",
      folderUnreadable: "Cannot read folder `{{file}}` beside the skill ({{reason}}), so its files cannot be shipped",
      badName: "Unexpected control character in the name of `{{file}}` beside the skill: it cannot be shipped",
    },
  },
  check(ctx) {
    const { doc, project } = ctx;
    for (const link of doc.links) {
      const target = localTarget(link.url, doc.path, project.root);
      if (!target || project.exists(target)) continue;
      const shown = relative(project.root, target).split(sep).join("/");
      ctx.report({ messageId: "missing", data: { url: link.url, target: shown }, at: link.range });
    }
    for (const problem of ctx.shipment().problems) ctx.report({ messageId: problem.messageId, data: problem.data, at: problem.range });
  },
});
