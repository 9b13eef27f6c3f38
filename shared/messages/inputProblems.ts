// What a refused input is refused with, as messages. A contract schema names its own problem with
// `inputProblem(say(…))` (zod carries an issue's message as text, so the message travels as its
// JSON); every check zod makes on its own is named by its issue code, never in zod's English.
import type * as z from 'zod';
import { list, say, type Message } from './message.ts';

type Issue = z.core.$ZodIssue;

/** A schema's own message, as zod's issue message: `.refine(check, inputProblem(say('input.sayWhy')))`. */
export function inputProblem(message: Message): string {
  return JSON.stringify(message);
}

/** The first problem of a refused value, without its field: what a form or a flag shows beside the value it checks. */
export function problemOf(error: z.ZodError): Message {
  return problemsOf(error)[0] ?? say('input.notAccepted');
}

/** Every problem of a refused input, each with the field it is in ("amount: …"). */
export function problemsOf(error: z.ZodError): Message[] {
  return issueMessages(error.issues, []);
}

function issueMessages(issues: readonly Issue[], within: readonly PropertyKey[]): Message[] {
  return issues.flatMap((issue) => {
    const path = [...within, ...issue.path];
    if (issue.code === 'invalid_union') {
      // The branch that got furthest (the fewest problems) is the shape the input meant; its paths continue the union's.
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (closest !== undefined && closest.length > 0) return issueMessages(closest, path);
    }
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => say('input.unknownField', { field: fieldName([...path, key]) }));
    const problem = ownProblem(issue.message) ?? builtInProblem(issue);
    return [path.length === 0 ? problem : say('input.field', { field: fieldName(path), problem })];
  });
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The message a schema gave with inputProblem(), or undefined for zod's own words. */
function ownProblem(text: string): Message | undefined {
  return text.startsWith('{"key":') ? (JSON.parse(text) as Message) : undefined;
}

/** A check zod makes on its own (a type, a length, a choice), in our words. */
function builtInProblem(issue: Issue): Message {
  switch (issue.code) {
    case 'invalid_type':
      return say('input.wrongType', { expected: issue.expected });
    case 'invalid_value':
      return say('input.notOneOf', { count: issue.values.length, choices: list(issue.values.map(String)) });
    case 'invalid_union':
      // A discriminated union whose tag (an entry's kind) matched none of its shapes names the tags it has.
      return 'options' in issue && issue.options !== undefined && issue.options.length > 0
        ? say('input.notOneOf', { count: issue.options.length, choices: list(issue.options.map(String)) })
        : say('input.notAccepted');
    case 'invalid_format':
      return say('input.wrongFormat', { format: issue.format });
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    default:
      return say('input.notAccepted');
  }
}

function tooSmall(origin: string, minimum: number, inclusive: boolean): Message {
  if (origin === 'string') return say('input.tooShort', { minimum });
  if (origin === 'array') return say('input.tooFewItems', { minimum });
  if (origin === 'number' || origin === 'bigint') return inclusive ? say('input.atLeast', { minimum }) : say('input.moreThan', { minimum });
  return say('input.notAccepted');
}

function tooBig(origin: string, maximum: number, inclusive: boolean): Message {
  if (origin === 'string') return say('input.tooLong', { maximum });
  if (origin === 'array') return say('input.tooManyItems', { maximum });
  if (origin === 'number' || origin === 'bigint') return inclusive ? say('input.atMost', { maximum }) : say('input.lessThan', { maximum });
  return say('input.notAccepted');
}
