/** Finding, reading and validating skillc's config; an invalid config is a usage error naming the bad key. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ErrorObject } from "ajv";
import picomatch from "picomatch";
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import { parse as parseYaml, YAMLError } from "yaml";
import type { Limits } from "../parse/limits.js";
import { AGENTS, type Agent } from "../agents/index.js";
import { PRESETS, type Preset, type Rule, type Severity } from "../rules/define.js";
import { rules, type RuleId } from "../rules/index.js";
import { compileCustom, readSchema, validator } from "../schema/load.js";
import { UsageError } from "../errors.js";
import type { ExtraSchemas } from "../schema/validate.js";

export const CONFIG_FILES = ["skillc.config.json", "skillc.config.yaml", "skillc.config.yml"] as const;
export const DEFAULT_TEMPLATES = ["templates/**/*.md"];
export const DEFAULT_PROTOCOL = "docs/protocols/integration-framework.md";


/** The names `extends` takes, each a preset of the rules' `meta.preset`. */
export const PRESET_NAMES = PRESETS.map((p) => `skillc:${p}` as const);
export type PresetName = (typeof PRESET_NAMES)[number];

export interface ResolvedConfig {
  /** The project root: the config file's folder, or the working directory. */
  root: string;
  /** The config file read, if any. */
  file?: string;
  /** The preset the rules start from (`extends`; default `recommended`). */
  preset: Preset;
  /** The agents the portability rules check against (`agents`; default every agent of the catalog). */
  agents: readonly Agent[];
  severities: Map<RuleId, Severity | "off">;
  /** Each rule's options: the config's over the rule's defaults (only rules that take options). */
  options: Map<RuleId, unknown>;
  templates: string[];
  ignores: string[];
  /** Absolute path of the integration framework protocol. */
  protocol: string;
  schemas: ExtraSchemas;
  /** Absolute paths of the project's own schemas (their content is part of the cache key). */
  schemaFiles?: Partial<Record<"skill" | "integration", string>>;
  limits: Partial<Limits>;
  /** The config data this was resolved from: what a worker process resolves again. */
  data: unknown;
}

interface RawConfig {
  extends?: PresetName;
  agents?: string[];
  rules?: Record<string, unknown>;
  templates?: string | string[];
  ignores?: string[];
  protocol?: string;
  schemas?: { skill?: string; integration?: string };
  limits?: Partial<Limits>;
}

/** Look for a config in `cwd` and its parents; `explicit` (`--config`) wins. */
export function loadConfig(cwd: string, explicit?: string): ResolvedConfig {
  let file: string | undefined;
  let raw: unknown;
  if (explicit) {
    file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new UsageError(`Config file not found: ${explicit}`);
    raw = readConfigFile(file);
    // A package.json holds skillc's config under its "skillc" key (also how a lint worker reloads it).
    if (file.endsWith("package.json")) raw = (raw as Record<string, unknown> | null)?.skillc ?? {};
  } else {
    for (let dir = resolve(cwd); ; dir = dirname(dir)) {
      const found = findIn(dir);
      if (found) {
        [file, raw] = found;
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  return resolveConfig(raw ?? {}, file ? dirname(file) : resolve(cwd), file);
}

function findIn(dir: string): [string, unknown] | undefined {
  for (const name of CONFIG_FILES) {
    const file = join(dir, name);
    if (existsSync(file)) return [file, readConfigFile(file)];
  }
  const pkg = join(dir, "package.json");
  if (existsSync(pkg)) {
    const data = readConfigFile(pkg) as Record<string, unknown> | null;
    if (data && typeof data === "object" && "skillc" in data) return [pkg, data.skillc];
  }
  return undefined;
}

function readConfigFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read config ${file}: ${(error as Error).message}`);
  }
  // Config is data only: JSON or YAML, never code. A syntax error says where, as an editor would.
  if (file.endsWith(".json")) {
    const errors: ParseError[] = [];
    const data: unknown = parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) {
      const { line, column } = lineColumn(text, first.offset);
      throw new UsageError(`Invalid config ${file}:${line}:${column}: ${JSON_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)}`);
    }
    return data;
  }
  try {
    return parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    const at = error instanceof YAMLError && error.linePos ? `:${error.linePos[0].line}:${error.linePos[0].col}` : "";
    throw new UsageError(`Invalid config ${file}${at}: ${(error as Error).message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`);
  }
}

/** jsonc-parser's error codes, said as a person would. */
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected `:`",
  CommaExpected: "expected `,`",
  CloseBraceExpected: "expected `}`",
  CloseBracketExpected: "expected `]`",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string",
};

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

/** Validate raw config data and resolve it against `root`. */
export function resolveConfig(raw: unknown, root: string, file?: string): ResolvedConfig {
  const where = file ?? "config";
  const validate = validator("config");
  if (!validate(raw)) throw new UsageError(`Invalid config ${where}: ${describeConfigError(validate.errors ?? [], raw)}`);
  const config = raw as RawConfig;
  const preset = (config.extends?.replace(/^skillc:/, "") ?? "recommended") as Preset;
  const severities = new Map<RuleId, Severity | "off">();
  const options = new Map<RuleId, unknown>();
  for (const rule of rules as readonly Rule[]) {
    severities.set(rule.id as RuleId, presetIncludes(preset, rule.meta.preset) ? rule.meta.defaultSeverity : "off");
    if (rule.meta.options) options.set(rule.id as RuleId, rule.meta.options.defaults);
  }
  for (const [id, value] of Object.entries(config.rules ?? {})) {
    const [level, given] = Array.isArray(value) ? value : [value];
    severities.set(id as RuleId, level === "off" || level === 0 ? "off" : level === "warn" || level === 1 ? "warn" : "error");
    // The schema has checked the options against the rule's own schema.
    if (given !== undefined) options.set(id as RuleId, { ...(options.get(id as RuleId) as object), ...(given as object) });
  }
  const schemas: ExtraSchemas = {};
  const schemaFiles: Partial<Record<"skill" | "integration", string>> = {};
  for (const name of ["skill", "integration"] as const) {
    const path = config.schemas?.[name];
    if (!path) continue;
    const abs = resolve(root, path);
    schemaFiles[name] = abs;
    let schema: unknown;
    try {
      schema = JSON.parse(readFileSync(abs, "utf8"));
    } catch (error) {
      throw new UsageError(`Invalid config ${where}: schemas.${name}: cannot read ${path}: ${(error as Error).message.split("\n")[0]}`);
    }
    try {
      schemas[name] = compileCustom(abs, schema as object);
    } catch (error) {
      throw new UsageError(`Invalid config ${where}: schemas.${name}: ${path} is not a valid JSON Schema: ${(error as Error).message}`);
    }
  }
  const templates = config.templates === undefined ? DEFAULT_TEMPLATES : [config.templates].flat();
  checkGlobs(where, "templates", templates, Array.isArray(config.templates));
  checkGlobs(where, "ignores", config.ignores ?? [], true);
  // The schema lists the catalog's ids, so every name is known.
  const agents = config.agents ? AGENTS.filter((a) => config.agents!.includes(a.id)) : AGENTS;
  return {
    root,
    ...(file ? { file } : {}),
    preset,
    agents,
    severities,
    options,
    templates,
    ignores: config.ignores ?? [],
    protocol: resolve(root, config.protocol ?? DEFAULT_PROTOCOL),
    schemas,
    schemaFiles,
    limits: config.limits ?? {},
    data: raw,
  };
}

/** Does `preset` turn on a rule whose weakest preset is `rulePreset`? (`strict` holds every `recommended` rule.) */
export function presetIncludes(preset: Preset, rulePreset: Preset): boolean {
  return PRESETS.indexOf(rulePreset) <= PRESETS.indexOf(preset);
}

/**
 * Why `pattern` is not a glob skillc can use, or undefined when it is. Globs are matched against
 * paths relative to the project root with `/` separators, so an absolute or `..` pattern would
 * silently match nothing; unbalanced brackets, braces or parentheses are mistakes, not literals.
 */
export function globProblem(pattern: string): string | undefined {
  if (pattern.startsWith("/") || /^[A-Za-z]:[\\/]/.test(pattern)) return "is absolute; globs are relative to the project root";
  if (/(^|\/)\.\.(\/|$)/.test(pattern.replace(/^!/, ""))) return "leaves the project root (..); globs are relative to it";
  if (/(^|[^\\])(\\\\)*\\$/.test(pattern)) return "ends with a lone backslash; use / to separate folders";
  try {
    picomatch.makeRe(pattern, { strictBrackets: true, dot: true });
  } catch (error) {
    return `is not a valid glob: ${(error as Error).message.replace(/\s+-\s+use .*$/, "")}`;
  }
  return undefined;
}

function checkGlobs(where: string, key: string, patterns: readonly string[], indexed: boolean): void {
  patterns.forEach((pattern, i) => {
    const problem = globProblem(pattern);
    if (problem) throw new UsageError(`Invalid config ${where}: ${indexed ? `${key}.${i}` : key}: "${pattern}" ${problem}`);
  });
}

const LEVELS = ["off", "warn", "error", 0, 1, 2] as const;
const show = (value: unknown) => JSON.stringify(value) ?? String(value);
const oneOf = (values: readonly unknown[]) => values.map(show).join(", ");

/** The first problem of an invalid config, with its path and what is allowed there. */
function describeConfigError(errors: readonly ErrorObject[], raw: unknown): string {
  const e = errors.find((x) => x.keyword !== "propertyNames" && x.keyword !== "oneOf") ?? errors[0]!;
  const path = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (e.propertyName) return `rules.${e.propertyName}: unknown rule id, expected one of ${rules.map((r) => r.id).join(", ")}`;
  if (path[0] === "rules" && path[1]) return describeRuleSetting(path[1], (raw as { rules: Record<string, unknown> }).rules[path[1]], errors);
  if (e.keyword === "additionalProperties") {
    const parent = path.reduce<Record<string, unknown> | undefined>((node, key) => (node?.properties as Record<string, Record<string, unknown>>)?.[key], readSchema("config"));
    const known = Object.keys((parent?.properties as object | undefined) ?? {}).filter((k) => k !== "$schema");
    return `${[...path, e.params.additionalProperty].join(".")}: unknown key${known.length ? `, expected one of ${known.join(", ")}` : ""}`;
  }
  if (e.keyword === "required") return `${[...path, e.params.missingProperty].join(".")}: missing`;
  if (e.keyword === "enum") return `${path.join(".")}: unexpected value ${show(e.data)}, expected one of ${oneOf(e.params.allowedValues as unknown[])}`;
  if (e.keyword === "type") return `${path.join(".") || "(root)"}: ${e.message}, got ${show(e.data)}`;
  return `${path.join(".") || "(root)"}: ${e.message ?? e.keyword}`;
}

/** Why a rule's setting is wrong: its severity, options it does not take, or options its schema rejects. */
function describeRuleSetting(id: string, value: unknown, errors: readonly ErrorObject[]): string {
  const rule = (rules as readonly Rule[]).find((r) => r.id === id)!;
  const [level, options, ...rest] = Array.isArray(value) ? value : [value];
  const expected = rule.meta.options ? `a severity (${oneOf(LEVELS)}) or [severity, options]` : `a severity: one of ${oneOf(LEVELS)}`;
  if (Array.isArray(value) && value.length === 0) return `rules.${id}: empty list, expected ${expected}`;
  if (!(LEVELS as readonly unknown[]).includes(level)) return `rules.${id}: unexpected severity ${show(level)}, expected ${expected}`;
  if (!rule.meta.options || rest.length > 0) {
    return `rules.${id}: ${rule.meta.options ? "unexpected values after the options" : "takes no options"}, expected ${expected}`;
  }
  // The options' own errors sit under /rules/<id>/1.
  const prefix = `/rules/${id.replace(/~/g, "~0").replace(/\//g, "~1")}/1`;
  const e = errors.find((x) => x.instancePath.startsWith(prefix));
  const where = e ? e.instancePath.slice(prefix.length).split("/").filter(Boolean).join(".") : "";
  const known = Object.keys((rule.meta.options.schema.properties as object | undefined) ?? {});
  if (e?.keyword === "additionalProperties") return `rules.${id}: unknown option \`${String(e.params.additionalProperty)}\`, expected ${known.map((k) => `\`${k}\``).join(", ")}`;
  return `rules.${id}: invalid options${where ? ` (${where})` : ""}: ${e?.message ?? `got ${show(options)}`}`;
}
