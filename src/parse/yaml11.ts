/**
 * How a YAML 1.1 reader resolves a plain scalar: the implicit types of the YAML 1.1 type
 * repository (yaml.org/type) as PyYAML's resolver (resolver.py) applies them. Like PyYAML,
 * it leaves `y` and `n` as text, which the 1.1 spec (and Go's yaml.v2) read as booleans.
 * skillc reads YAML 1.2 (the core schema), where `yes`, `0777`, `1:30` and `2024-01-31` mean
 * something else; comparing the two readings finds the values that parsers disagree on.
 */

/** A value as a YAML 1.1 reader makes it. */
export type Yaml11Value =
  | { type: "string" }
  | { type: "boolean"; value: boolean }
  | { type: "number"; value: number }
  | { type: "null" }
  /** A timestamp: a `datetime` in Python, a `Date` in js-yaml. */
  | { type: "date" }
  /** `=`, the 1.1 "value" key: PyYAML cannot load a document that holds it as a plain scalar. */
  | { type: "unloadable" };

const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT = /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;

/** `1:30:05` -> 5405: base 60, most significant first. */
function sexagesimal(digits: string): number {
  return digits.split(":").reduce((sum, part) => sum * 60 + Number(part), 0);
}

/** The YAML 1.1 reading of a plain scalar's text (already a single line: multi-line plain scalars are strings in both versions). */
export function resolveYaml11(text: string): Yaml11Value {
  if (BOOL.test(text)) return { type: "boolean", value: TRUE.test(text) };
  if (NULL.test(text)) return { type: "null" };
  if (text === "=") return { type: "unloadable" };
  if (INT.test(text)) {
    const sign = text.startsWith("-") ? -1 : 1;
    const body = text.replace(/^[-+]/, "").replaceAll("_", "");
    let value: number;
    if (body.startsWith("0b")) value = parseInt(body.slice(2), 2);
    else if (body.startsWith("0x")) value = parseInt(body.slice(2), 16);
    else if (body.includes(":")) value = sexagesimal(body);
    else if (body.length > 1 && body.startsWith("0")) value = parseInt(body, 8);
    else value = Number(body);
    return { type: "number", value: sign * value };
  }
  if (FLOAT.test(text)) {
    const sign = text.startsWith("-") ? -1 : 1;
    const body = text.replace(/^[-+]/, "").replaceAll("_", "").toLowerCase();
    if (body === ".inf") return { type: "number", value: sign * Infinity };
    if (body === ".nan") return { type: "number", value: NaN };
    return { type: "number", value: sign * (body.includes(":") ? sexagesimal(body) : Number(body)) };
  }
  if (TIMESTAMP.test(text)) return { type: "date" };
  return { type: "string" };
}
