/**
 * protocol-reference: integration skills and templates link the integration framework
 * protocol, the document that defines how every hook must behave (degradation, retries,
 * credential safety), so agents and authors can follow it.
 */
import { basename, relative, sep } from "node:path";
import { FILE_START } from "../model/positions.js";
import type { SkillDocument } from "../model/types.js";
import { defineRule, type ProjectContext } from "./define.js";
import { localTarget } from "../parse/links.js";

/** Does the document link the protocol? A link to a file of the same name counts (`links` reports it if broken). */
export function linksProtocol(doc: SkillDocument, project: ProjectContext): boolean {
  const name = basename(project.protocol);
  return doc.links.some((link) => {
    const target = localTarget(link.url, doc.path, project.root);
    return target === project.protocol || (target !== undefined && basename(target) === name);
  });
}

export default defineRule({
  id: "protocol-reference",
  meta: {
    description: "An integration skill or template that does not link the integration framework protocol",
    defaultSeverity: "error",
    scope: "integration",
    messages: {
      missing: "Missing link to the integration framework protocol, expected a link to `{{protocol}}`",
    },
  },
  check(ctx) {
    const { doc, project } = ctx;
    if (linksProtocol(doc, project)) return;
    const title = doc.sections[0];
    const protocol = relative(project.root, project.protocol).split(sep).join("/");
    ctx.report({ messageId: "missing", data: { protocol }, at: title?.range ?? doc.frontmatter?.range ?? FILE_START });
  },
});
