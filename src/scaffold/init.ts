/** `skillc init`: the files a project starts with, from the copies bundled in the npm package (data only). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PlannedFile } from "./new.js";

/** The package's own folder (next to `dist/`), where the bundled template and protocol live. */
export const PACKAGE_DIR = fileURLToPath(new URL("../../", import.meta.url));
export const TEMPLATE_PATH = "templates/INTEGRATION_TEMPLATE.md";
export const PROTOCOL_PATH = "docs/protocols/integration-framework.md";

export function bundled(path: string): string {
  return readFileSync(`${PACKAGE_DIR}${path}`, "utf8");
}

const CONFIG = `${JSON.stringify(
  {
    $schema: "./node_modules/skillc/schemas/config.schema.json",
    templates: ["templates/**/*.md"],
    protocol: PROTOCOL_PATH,
    rules: {},
  },
  null,
  2,
)}\n`;

const WORKFLOW = `# Lint agent skills on every push and pull request (written by skillc init).
name: skills

on:
  push:
  pull_request:

permissions:
  contents: read

jobs:
  skillc:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # skillc is one of the project's dev dependencies: CI runs the version the lockfile pins.
      - name: Install dependencies
        run: npm ci
      - name: Lint skills
        run: npx --no-install skillc lint --format github
      - name: Check generated protocol docs
        run: npx --no-install skillc docs --check
`;

/** Every file `skillc init` writes, with paths relative to the project root. */
export function planInit(): PlannedFile[] {
  return [
    { path: "skillc.config.json", content: CONFIG },
    { path: TEMPLATE_PATH, content: bundled(TEMPLATE_PATH) },
    { path: PROTOCOL_PATH, content: bundled(PROTOCOL_PATH) },
    { path: ".github/workflows/skills.yml", content: WORKFLOW },
  ];
}
