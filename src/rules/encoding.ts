/**
 * encoding: a skill must be UTF-8 text. Agents read SKILL.md as text, so a binary file or
 * one in another encoding cannot be used; nothing else in such a file is checked. A path that
 * cannot be read, or is not a regular file (a FIFO, socket, device or directory, which the
 * reader refuses before reading), is reported here too.
 */
import { defineRule } from "./define.js";

export default defineRule({
  id: "encoding",
  meta: {
    description: "A binary or non-UTF-8 file, which agents cannot read",
    defaultSeverity: "error",
    preset: "recommended",
    scope: "all",
    messages: {
      binary: "Unexpected binary content (a NUL byte): agents read skills as UTF-8 text, so this file cannot be used",
      utf8: "Unexpected byte that is not UTF-8: agents read skills as UTF-8 text; save the file as UTF-8",
      unreadable: "Cannot read the file ({{reason}})",
      folderUnreadable: "Cannot read this folder ({{reason}}), so the skills in it were not checked",
      unnamable: "Unexpected file name that is not UTF-8: it cannot be read or shown, so it was not checked",
      notAFile: "Cannot read the file: not a regular file ({{kind}})",
    },
  },
  check(ctx) {
    for (const p of ctx.doc.problems) {
      if (p.ruleId === "encoding") ctx.report({ messageId: p.messageId as "binary" | "utf8" | "unreadable" | "folderUnreadable" | "unnamable" | "notAFile", data: p.data, at: p.range });
    }
  },
});
