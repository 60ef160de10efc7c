/** Finding, reading and validating skillc's config; an invalid config is a usage error naming the bad key. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ErrorObject } from "ajv";
import picomatch from "picomatch";
import { parse as parseYaml } from "yaml";
import type { Limits } from "../parse/limits.js";
import type { Severity } from "../rules/define.js";
import { rules, type RuleId } from "../rules/index.js";
import { compileCustom, validator } from "../schema/load.js";
import { UsageError } from "../errors.js";
import type { ExtraSchemas } from "../schema/validate.js";

export const CONFIG_FILES = ["skillc.config.json", "skillc.config.yaml", "skillc.config.yml"] as const;
export const DEFAULT_TEMPLATES = ["templates/**/*.md"];
export const DEFAULT_PROTOCOL = "docs/protocols/integration-framework.md";


export interface ResolvedConfig {
  /** The project root: the config file's folder, or the working directory. */
  root: string;
  /** The config file read, if any. */
  file?: string;
  severities: Map<RuleId, Severity | "off">;
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
  try {
    // Config is data only: JSON or YAML, never code.
    return file.endsWith(".json") ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new UsageError(`Invalid config ${file}: ${(error as Error).message.split("\n")[0]}`);
  }
}

/** Validate raw config data and resolve it against `root`. */
export function resolveConfig(raw: unknown, root: string, file?: string): ResolvedConfig {
  const where = file ?? "config";
  const validate = validator("config");
  if (!validate(raw)) throw new UsageError(`Invalid config ${where}: ${describeConfigError(validate.errors ?? [])}`);
  const config = raw as RawConfig;
  const severities = new Map<RuleId, Severity | "off">();
  for (const rule of rules) severities.set(rule.id, rule.meta.defaultSeverity);
  for (const [id, value] of Object.entries(config.rules ?? {})) {
    const level = Array.isArray(value) ? value[0] : value;
    severities.set(id as RuleId, level === "off" || level === 0 ? "off" : level === "warn" || level === 1 ? "warn" : "error");
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
  return {
    root,
    ...(file ? { file } : {}),
    severities,
    templates,
    ignores: config.ignores ?? [],
    protocol: resolve(root, config.protocol ?? DEFAULT_PROTOCOL),
    schemas,
    schemaFiles,
    limits: config.limits ?? {},
    data: raw,
  };
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

function describeConfigError(errors: readonly ErrorObject[]): string {
  const e = errors.find((x) => x.keyword !== "propertyNames" && x.keyword !== "oneOf") ?? errors[0]!;
  const path = e.instancePath.split("/").slice(1);
  if (e.propertyName) return `rules.${e.propertyName}: unknown rule id, expected one of ${rules.map((r) => r.id).join(", ")}`;
  if (e.keyword === "additionalProperties") return `${[...path, e.params.additionalProperty].join(".")}: unknown key`;
  if (e.keyword === "required") return `${[...path, e.params.missingProperty].join(".")}: missing`;
  return `${path.join(".") || "(root)"}: ${e.message ?? e.keyword}`;
}
