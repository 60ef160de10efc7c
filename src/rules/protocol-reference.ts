/**
 * protocol-reference: integration skills and templates link the integration framework
 * protocol, the document that defines how every hook must behave (degradation, retries,
 * credential safety), so agents and authors can follow it.
 */
import { relative, sep } from "node:path";
import { FILE_START } from "../model/positions.js";
import { linksProtocol } from "../parse/links.js";
import { defineRule } from "./define.js";

export default defineRule({
  id: "protocol-reference",
  meta: {
    description: "An integration skill or template that does not link the integration framework protocol",
    defaultSeverity: "error",
    preset: "recommended",
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
