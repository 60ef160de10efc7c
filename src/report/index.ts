/**
 * report/: formatters, from lint results to text (stylish, json, sarif, github, junit, codeclimate); they print nothing.
 * May import: `model/`, `rules/`.
 * (`rules/` for SARIF's rule descriptors.)
 *
 * Formatters by name: one module each, one interface.
 */
import { codeclimate } from "./codeclimate.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export type { FormatContext, Formatter } from "./types.js";

export const formatters = { stylish, json, sarif, github, junit, codeclimate } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
