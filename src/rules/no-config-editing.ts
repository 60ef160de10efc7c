/**
 * no-config-editing: text the agent shows the user (quoted messages and User Communication
 * items) never asks the user to edit a config file or to run a command by hand: the
 * integration framework's promise is that the agent does the technical work. It checks
 * integration skills, templates, and plain skills that link the framework protocol (such as
 * an add-integration skill); in other skills quoted text is often addressed to the agent.
 */
import { defineRule } from "./define.js";
import { linksProtocol } from "./protocol-reference.js";

const CONFIG = String.raw`(?:config(?:uration)?(?: file)?|settings(?:\.json)?|[\w.~/-]*\.(?:json|jsonc|ya?ml|toml|env|ini|rc)\b|\.env\b|mcp servers? (?:list|section)|~\/\.[\w./-]+)`;
const PATTERNS: { what: string; re: RegExp }[] = [
  {
    what: "edit a config file",
    re: new RegExp(String.raw`\b(?:edit|open|modify|change|update|tweak|fill in|paste (?:this |it |the \w+ )?into|add (?:this |these |the following |it |a line |an entry )?(?:to|in)|put (?:this |it )?(?:in|into)|insert (?:this |it )?into)\b[^.!?]{0,60}?${CONFIG}`, "i"),
  },
  {
    what: "run a command",
    re: /\b(?:run|type|execute|enter|paste|copy)\b[^.!?]{0,40}?(?:`[^`]+`|\b(?:npm|npx|pnpm|yarn|claude mcp|brew|pip|curl|git|node|sudo|apt(?:-get)?)\s+\S)|\b(?:in|into|from|open) (?:your|a|the) (?:terminal|shell|command line|command prompt|console)\b/i,
  },
];

export default defineRule({
  id: "no-config-editing",
  meta: {
    description: "User-facing text that asks the user to edit a config file or run a raw command",
    defaultSeverity: "error",
    scope: "all",
    messages: {
      asks: "Unexpected request to {{what}} in text shown to the user: the agent does this itself, so say what it is doing instead",
    },
  },
  check(ctx) {
    if (ctx.doc.kind === "skill" && !linksProtocol(ctx.doc, ctx.project)) return;
    for (const text of ctx.doc.userFacing) {
      const hit = PATTERNS.find((p) => p.re.test(text.value));
      if (hit) ctx.report({ messageId: "asks", data: { what: hit.what }, at: text.range });
    }
  },
});
