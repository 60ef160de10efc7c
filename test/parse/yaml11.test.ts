/** resolveYaml11 against what PyYAML 6 (`yaml.safe_load`) made of each value, checked by hand on 2026-11-26. */
import { describe, expect, it } from "vitest";
import { resolveYaml11 } from "../../src/parse/yaml11.js";

describe("resolveYaml11", () => {
  it.each([
    ["yes", { type: "boolean", value: true }],
    ["NO", { type: "boolean", value: false }],
    ["On", { type: "boolean", value: true }],
    ["off", { type: "boolean", value: false }],
    ["oN", { type: "string" }],
    ["y", { type: "string" }],
    ["n", { type: "string" }],
    ["~", { type: "null" }],
    ["", { type: "null" }],
    ["0777", { type: "number", value: 511 }],
    ["012", { type: "number", value: 10 }],
    ["08", { type: "string" }],
    ["0o777", { type: "string" }],
    ["0x1F", { type: "number", value: 31 }],
    ["0b101", { type: "number", value: 5 }],
    ["1_000", { type: "number", value: 1000 }],
    ["1:30", { type: "number", value: 90 }],
    ["-1:30", { type: "number", value: -90 }],
    ["190:20:30", { type: "number", value: 685230 }],
    ["1:30.5", { type: "number", value: 90.5 }],
    ["1e3", { type: "string" }],
    ["1.0e3", { type: "string" }],
    ["1.0e+3", { type: "number", value: 1000 }],
    ["+.5", { type: "string" }],
    [".5", { type: "number", value: 0.5 }],
    ["-.inf", { type: "number", value: -Infinity }],
    ["2001-12-14", { type: "date" }],
    ["2001-12-14 21:59:43.10 -5", { type: "date" }],
    ["=", { type: "unloadable" }],
    ["12:30pm", { type: "string" }],
    ["1.2.3", { type: "string" }],
  ])("%j", (text, expected) => {
    expect(resolveYaml11(text)).toEqual(expected);
  });

  it(".nan is a number that is not a number", () => {
    expect(resolveYaml11(".NaN")).toEqual({ type: "number", value: NaN });
  });
});
