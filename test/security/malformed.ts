// Malformed arguments for every API call, derived from the call's own zod schema: a valid
// baseline is built by introspection (and checked), then broken one way at a time — not an
// object at all, an unknown extra key, each required field missing, each field of the wrong
// type. Each case carries a pattern the refusal must match, naming the call and the field.
import type { z } from 'zod';
import { contract, type ApiName } from '../../src/shared/contract.js';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const accepts = (schema: unknown, value: unknown): boolean => (schema as z.ZodType).safeParse(value).success;

const STRINGS = ['hello', '0123456789abcdef', '0123456789abcdef-abcdef', 'abcdef012345', '2024', 'aGVsbG8=', 'a.txt', '2024-03-01T10:00:00.000Z', 'a {{c1::cloze}}', '0123456789abcdef0123456789abcdef'];
const NUMBERS = [0, 1, 2, 7, 12, 0.8];
const NONE = Symbol('no valid value found');

/** A value the schema accepts, or NONE. Optional fields are filled too (so each can be broken). */
export function validValue(schema: unknown): unknown {
  const def = defOf(schema);
  const pick = (candidates: readonly unknown[]) => candidates.find((c) => accepts(schema, c)) ?? NONE;
  switch (def.type) {
    case 'string':
      return pick(STRINGS);
    case 'number':
      return pick(NUMBERS);
    case 'boolean':
      return true;
    case 'literal':
      return pick(def['values'] as unknown[]);
    case 'enum':
      return pick(Object.values(def['entries'] as Record<string, unknown>));
    case 'optional':
    case 'nullable':
    case 'default':
      return validValue(def['innerType']);
    case 'pipe': {
      // A field checked and converted in one step (base64 text, or bytes, to bytes): a valid
      // input of its first stage; a string stage is tried with every sample (base64 among them).
      const first = defOf(def['in']);
      const takesText = first.type === 'string' || (first.type === 'union' && (first['options'] as unknown[]).some((o) => defOf(o).type === 'string'));
      return pick(takesText ? STRINGS : [validValue(def['in'])]);
    }
    case 'array': {
      const element = validValue(def['element']);
      return pick(element === NONE ? [[]] : [[element], []]);
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def['shape'] as Record<string, unknown>)) {
        const value = validValue(field);
        // An optional field with no simple valid value (2+ distinct options holding the answer) is left out.
        if (value === NONE && defOf(field).type === 'optional') continue;
        if (value === NONE) return NONE;
        out[key] = value;
      }
      return accepts(schema, out) ? out : NONE;
    }
    case 'union': {
      for (const option of def['options'] as unknown[]) {
        const value = validValue(option);
        if (value !== NONE && accepts(schema, value)) return value;
      }
      return NONE;
    }
    default:
      return NONE;
  }
}

/** The object schema behind a call's arguments (the first option of a union of objects). */
function objectShape(schema: unknown): Record<string, unknown> | null {
  const def = defOf(schema);
  if (def.type === 'object') return def['shape'] as Record<string, unknown>;
  if (def.type === 'union') {
    const first = (def['options'] as unknown[])[0];
    return first ? objectShape(first) : null;
  }
  return null;
}

export interface MalformedCase {
  readonly label: string;
  readonly args: unknown;
  /** What the refusal's message must match (besides naming the call). */
  readonly message: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A value of another type than the valid one (a number for anything but numbers). */
function wrongTyped(valid: unknown): unknown {
  return typeof valid === 'number' ? 'not-a-number' : 12345;
}

export function validArgs(name: ApiName): Record<string, unknown> {
  const value = validValue(contract[name].args);
  if (value === NONE || typeof value !== 'object' || value === null) throw new Error(`no valid baseline for ${name}`);
  return value as Record<string, unknown>;
}

export function malformedCases(name: ApiName): MalformedCase[] {
  const schema = contract[name].args;
  const valid = validArgs(name);
  const shape = objectShape(schema) ?? {};
  const cases: MalformedCase[] = [
    { label: 'a string instead of an object', args: 'nope', message: /expected object|Invalid input/i },
    { label: 'a number', args: 42, message: /expected object|Invalid input/i },
    { label: 'null', args: null, message: /expected object|Invalid input/i },
    { label: 'an array', args: [valid], message: /expected object|Invalid input/i },
    { label: 'an unknown extra key on valid arguments', args: { ...valid, __extra: 1 }, message: /Unrecognized key.*__extra/i },
  ];
  const required = Object.keys(shape).filter((key) => !accepts(shape[key], undefined));
  if (required.length > 0) cases.push({ label: '{} (required fields missing)', args: {}, message: new RegExp(`(^|[ ;])(${required.map(escape).join('|')}):`) });
  for (const key of required) {
    const { [key]: _dropped, ...rest } = valid;
    cases.push({ label: `required field "${key}" missing`, args: rest, message: new RegExp(`(^|[ ;])${escape(key)}:`) });
  }
  for (const key of Object.keys(shape)) {
    cases.push({ label: `field "${key}" of the wrong type`, args: { ...valid, [key]: wrongTyped(valid[key]) }, message: new RegExp(`(^|[ ;])${escape(key)}:`) });
    if (!accepts(shape[key], null)) cases.push({ label: `field "${key}" null`, args: { ...valid, [key]: null }, message: new RegExp(`(^|[ ;])${escape(key)}:`) });
  }
  return cases;
}
