/**
 * Masking, once, for every rule and every format: whatever a diagnostic quotes from a file
 * passes through here, and anything in it that looks like a credential is shown as at most its
 * first four characters and stars. Rules quote values freely; they never mask.
 */
import type { SkillDocument } from "../model/types.js";
import { entropy, findSecrets, mask } from "../rules/no-secrets.js";

const cache = new WeakMap<SkillDocument, string[]>();

/** Every secret value the detector finds in a file: in its text and in its decoded frontmatter strings. Longest first. */
export function secretsIn(doc: SkillDocument): string[] {
  let found = cache.get(doc);
  if (found) return found;
  const values = new Set(findSecrets(doc.text).map((f) => f.value));
  const visit = (value: unknown, depth: number): void => {
    if (depth > 16) return;
    if (typeof value === "string") for (const f of findSecrets(value)) values.add(f.value);
    else if (Array.isArray(value)) for (const v of value) visit(v, depth + 1);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) (visit(k, depth + 1), visit(v, depth + 1));
  };
  visit(doc.frontmatter?.data, 0);
  found = [...values].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
  cache.set(doc, found);
  return found;
}

/** A run of token characters that is random enough to be a key: long, letters and digits, high entropy, not an id. */
function looksRandom(run: string): boolean {
  if (run.length < 20 || !/[A-Za-z]/.test(run) || !/\d/.test(run)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(run)) return false;
  return entropy(run) >= 3.5;
}

const RUN = /[A-Za-z0-9+/=_-]{8,}/g;

/** `value` with every secret of the file, every known token format and every random-looking run masked. */
export function redact(value: string, secrets: readonly string[]): string {
  let out = value;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(mask(s));
  for (const f of findSecrets(out).sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + mask(f.value) + out.slice(f.end);
  return out.replace(RUN, (run) => {
    // A quote cut short (`ghp_abc...`) still gives part of a secret away.
    if (run.length >= 12 && secrets.some((s) => s.includes(run))) return mask(run);
    return run
      .split(/([/=+]+)/)
      .map((part) => (looksRandom(part) ? mask(part) : part))
      .join("");
  });
}
