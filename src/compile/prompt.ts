/** The `<available_skills>` prompt block and AGENTS.md, both listing the built skills. */
import { GENERATED_NOTE } from "../model/generated.js";

export interface ListedSkill {
  name: string;
  description: string;
  /** The skill's SKILL.md where it is installed, relative to the project root. */
  location: string;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

export function availableSkillsXml(skills: readonly ListedSkill[]): string {
  const entries = skills.map(
    (s) => `  <skill>\n    <name>${escapeXml(s.name)}</name>\n    <description>${escapeXml(s.description)}</description>\n    <location>${escapeXml(s.location)}</location>\n  </skill>`,
  );
  return `<!-- ${GENERATED_NOTE} -->\n<available_skills>\n${entries.join("\n")}${entries.length ? "\n" : ""}</available_skills>\n`;
}

export function agentsMd(skills: readonly ListedSkill[], targetLines: readonly string[]): string {
  return [
    `<!-- ${GENERATED_NOTE} -->`,
    "",
    "# Skills",
    "",
    "Agent skills built by skillc. Read a skill's SKILL.md when its description matches the task.",
    "",
    ...skills.map((s) => `- [${s.name}](${s.location}): ${s.description.replace(/\s+/g, " ")}`),
    "",
    "## Layouts",
    "",
    ...targetLines,
    "",
  ].join("\n");
}
