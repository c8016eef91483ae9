/**
 * A fake {@link Prompter} for tests: answers come from a script, and any
 * question the script did not expect is an error.
 */
import {
  type Choice,
  type ConfirmQuestion,
  ExitPromptError,
  type InputQuestion,
  isSeparator,
  type Prompter,
  type SelectQuestion
} from '../../src/wizard/prompter.js';

/** One scripted answer. */
export type ScriptedAnswer =
  | {name: string | RegExp; answer: unknown}
  /** The person presses Ctrl-C at this question. */
  | {name: string | RegExp; interrupt: true}
  /** Type this, expect validation to refuse it with a message matching `error`; the same question stays open. */
  | {name: string | RegExp; invalid: string; error?: RegExp};

/** A question the scripted prompter was asked. */
export interface AskedQuestion {
  kind: 'select' | 'input' | 'confirm';
  name: string;
  message: string;
  /** Choice values of a select. */
  choices?: unknown[];
  default?: unknown;
  /** Hint of an input question. */
  hint?: string;
}

/** A {@link Prompter} that answers from a script, or from a function of the question. */
export interface ScriptedPrompter extends Prompter {
  /** Every question asked, in order. */
  readonly asked: AskedQuestion[];
  /** Script entries not used yet. */
  readonly remaining: ScriptedAnswer[];
}

/**
 * A fake prompter for tests. Each question takes the next script entry, whose
 * `name` must match the question's name; a question with no entry left (or a
 * mismatch) throws, so a test notices any question it did not expect. When
 * the script runs out, `fallback` (if given) answers instead.
 */
export function scriptedPrompter(script: ScriptedAnswer[], fallback?: (question: AskedQuestion) => unknown): ScriptedPrompter {
  const queue = [...script];
  const asked: AskedQuestion[] = [];
  const matches = (pattern: string | RegExp, name: string) => (typeof pattern === 'string' ? pattern === name : pattern.test(name));
  const next = (question: AskedQuestion): ScriptedAnswer => {
    asked.push(question);
    const entry = queue.shift();
    if (!entry) {
      if (fallback) {
        const answer = fallback(question);
        if (answer !== undefined) return {name: question.name, answer};
      }
      throw new Error(`Unexpected extra question \`${question.name}\` ("${question.message}"); the script has no answer left`);
    }
    if (!matches(entry.name, question.name)) {
      throw new Error(`Unexpected question \`${question.name}\` ("${question.message}"), expected \`${String(entry.name)}\``);
    }
    if ('interrupt' in entry) throw new ExitPromptError();
    return entry;
  };
  return {
    asked,
    remaining: queue,
    async select<T>(question: SelectQuestion<T>): Promise<T> {
      const values = question.choices.filter((c): c is Choice<T> => !isSeparator(c)).map((c) => c.value);
      const entry = next({kind: 'select', name: question.name, message: question.message, choices: values, default: question.default});
      if (!('answer' in entry)) throw new Error(`Unexpected \`invalid\` entry for select \`${question.name}\``);
      const found = values.find((v) => JSON.stringify(v) === JSON.stringify(entry.answer));
      if (found === undefined) {
        throw new Error(
          `Unexpected answer ${JSON.stringify(entry.answer)} for \`${question.name}\`, expected one of: ${values.map((v) => JSON.stringify(v)).join(', ')}`
        );
      }
      return found;
    },
    async input(question: InputQuestion): Promise<string> {
      const record = {
        kind: 'input' as const,
        name: question.name,
        message: question.message,
        default: question.default,
        ...(question.hint ? {hint: question.hint} : {})
      };
      let entry = next(record);
      while ('invalid' in entry) {
        const verdict = question.validate?.(entry.invalid) ?? true;
        if (verdict === true)
          throw new Error(`Expected ${JSON.stringify(entry.invalid)} to be refused at \`${question.name}\`, but it was accepted`);
        if (entry.error && !entry.error.test(verdict))
          throw new Error(`Unexpected validation message "${verdict}" at \`${question.name}\`, expected ${entry.error}`);
        entry = next(record);
      }
      if (!('answer' in entry)) throw new Error('unreachable');
      // Inquirer returns the default for an empty line.
      const typed = String(entry.answer);
      const value = typed === '' && question.default !== undefined ? question.default : typed;
      const verdict = question.validate?.(value) ?? true;
      if (verdict !== true) throw new Error(`Unexpected refusal of ${JSON.stringify(value)} at \`${question.name}\`: ${verdict}`);
      return value;
    },
    async confirm(question: ConfirmQuestion): Promise<boolean> {
      const entry = next({kind: 'confirm', name: question.name, message: question.message, default: question.default});
      if (!('answer' in entry) || typeof entry.answer !== 'boolean') throw new Error(`Expected a boolean answer for \`${question.name}\``);
      return entry.answer;
    }
  };
}
