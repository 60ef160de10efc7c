/**
 * no-config-editing: text the agent shows the user (quoted messages and User Communication
 * items) never asks the user to edit a config file or to run a command by hand: the
 * integration framework's promise is that the agent does the technical work. It checks
 * integration skills, templates, and plain skills that link the framework protocol (such as
 * an add-integration skill); in other skills quoted text is often addressed to the agent.
 *
 * A request is an instruction addressed to the user: a sentence that opens with the verb
 * ("Add your key to .env"), or "please …", "you need to …", "then …". The agent describing
 * its own work ("I'll add the server to opencode.json") is not a request.
 */
import { linksProtocol } from "../parse/links.js";
import { defineRule } from "./define.js";

/**
 * Where an instruction to the user starts. `(?:\s*,)?\s+` rather than `\s*,?\s+`: the latter
 * tried every split of a long run of spaces between its two quantifiers (quadratic).
 */
const LEAD = String.raw`(?:^|[.!?:;]\s+|\(\s*|\bplease\s+|\b(?:then|now|just|first|next|finally|lastly|afterwards?)(?:\s*,)?\s+|\b(?:to finish|once (?:that'?s|that is|it'?s|this is) done|after (?:that|this))(?:\s*,)?\s+|\b(?:could|can|would|will) you\s+(?:please\s+)?|\byou(?:'ll| will)?\s+(?:need to|have to|should|must|can|may want to|'ll need to)\s+|\b(?:go|try to)\s+(?:and\s+)?)`;
// "settings" alone is often a service's web page ("your Trello account settings"); only a settings *file* counts.
// Paths are bounded: tried from each of the 80 characters after the verb, an unbounded path ran
// to the end of a long run each time.
const CONFIG = String.raw`(?:\bconfig(?:uration)?\b(?! page)|\bsettings (?:file|\.json)\b|[\w~./-]{0,255}\.(?:json|jsonc|ya?ml|toml|env|ini|plist)\b|\.env\b|\.\w{0,32}rc\b|~\/\.[\w./-]+|\bmcp servers? (?:list|section|entry)\b)`;
const EDIT = String.raw`(?:edit|open|modify|change|update|tweak|fill in|paste|add|put|insert|copy|save|set|write|append|replace|enter|create)`;
const RUN = String.raw`(?:run|type|execute|enter|paste|copy|launch|install)`;
const COMMAND = String.raw`(?:\x60[^\x60]+\x60|\b(?:npm|npx|pnpm|yarn|bun|claude mcp|brew|pip3?|curl|wget|git|node|sudo|apt(?:-get)?|docker|chmod|export)\s+\S)`;

/** Commands a user would have to type; unlike any backticked text, these are never a phrase to say to the agent. */
const KNOWN_COMMAND = String.raw`\x60?(?:npm|npx|pnpm|yarn|bun|node|python3?|claude|codex|opencode|brew|pip3?|curl|wget|git|sudo|apt(?:-get)?|docker|setx|export)\b`;
const SHELL = String.raw`(?:terminal|shell|command line|command prompt|console|powershell|cmd(?:\.exe)?|bash|zsh)`;

/**
 * Words every pattern below needs (a config name or extension, a command, a backtick, a shell):
 * text without any of them is never tested against the patterns, which V8 takes 10-20 ms to
 * compile on first use, in every process, for the usual user-facing text that holds none.
 */
const NEEDED = /config|settings|\.(?:jsonc?|ya?ml|toml|env|ini|plist)\b|rc\b|~\/\.|mcp server|\x60|\b(?:npm|npx|pnpm|yarn|bun|claude|codex|opencode|brew|pip3?|curl|wget|git|node|python3?|sudo|apt|docker|chmod|export|setx)\b|terminal|shell|command|console|powershell|cmd|bash|zsh/i;

const PATTERNS: { what: string; re: RegExp }[] = [
  { what: "edit a config file", re: new RegExp(`${LEAD}${EDIT}\\b[^.!?]{0,80}?${CONFIG}`, "i") },
  // "You can fix this by adding the key to your .env file."
  { what: "edit a config file", re: new RegExp(`\\bby (?:adding|editing|putting|pasting|changing|updating|setting|opening|copying)\\b[^.!?]{0,80}?${CONFIG}`, "i") },
  { what: "run a command", re: new RegExp(`${LEAD}${RUN}\\b[^.!?]{0,60}?${COMMAND}`, "i") },
  { what: "run a command", re: new RegExp(`${LEAD}(?:re)?start\\b[^.!?]{0,40}?\\bwith\\s+${KNOWN_COMMAND}`, "i") },
  { what: "run a command", re: new RegExp(`\\b(?:in|into|from|open|to) (?:your|a|the) ${SHELL}\\b|\\bin ${SHELL}\\b`, "i") },
];

export default defineRule({
  id: "no-config-editing",
  meta: {
    description: "User-facing text that asks the user to edit a config file or run a raw command",
    defaultSeverity: "error",
    preset: "recommended",
    scope: "all",
    messages: {
      asks: "Unexpected request to {{what}} in text shown to the user: the agent does this itself, so say what it is doing instead",
    },
  },
  check(ctx) {
    if (ctx.doc.kind === "skill" && !linksProtocol(ctx.doc, ctx.project)) return;
    for (const text of ctx.doc.userFacing) {
      const hit = NEEDED.test(text.value) ? PATTERNS.find((p) => p.re.test(text.value)) : undefined;
      if (hit) ctx.report({ messageId: "asks", data: { what: hit.what }, at: text.range });
    }
  },
});
