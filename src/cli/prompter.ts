/**
 * Every question the tool asks goes through a {@link Prompter}. This is the
 * only module that imports inquirer, so the wizard's logic never touches a
 * terminal and tests replace the real prompter with {@link scriptedPrompter}
 * (the changesets pattern: a script of answers, and an error on any question
 * the script did not expect).
 */
import type {Io} from './io.js';

/** One choice of a {@link SelectQuestion}. */
export interface Choice<T> {
  value: T;
  /** What the list shows. */
  name: string;
  /** Shown under the list while the choice is highlighted. */
  description?: string | undefined;
  /** Shown after the question once answered (default: `name`). */
  short?: string | undefined;
}

/** A non-selectable line inside a choice list (a group heading). */
export interface SeparatorLine {
  separator: string;
}

/** Pick one of several choices. */
export interface SelectQuestion<T> {
  /** Stable id of the question (the wizard's step key); scripts match on it. */
  name: string;
  message: string;
  choices: ReadonlyArray<Choice<T> | SeparatorLine>;
  default?: T | undefined;
  pageSize?: number | undefined;
}

/** Type a line of text. */
export interface InputQuestion {
  name: string;
  message: string;
  /** Accepted with Enter; Tab copies it into the line for editing. */
  default?: string | undefined;
  /** Shown in dim text above the prompt (how to answer, how to go back). */
  hint?: string | undefined;
  /** `true` to accept, or the message to show under the line. */
  validate?: ((value: string) => true | string) | undefined;
}

/** A yes/no question. */
export interface ConfirmQuestion {
  name: string;
  message: string;
  default?: boolean | undefined;
}

/** Asks questions. Rejects with an error named `ExitPromptError` when the person presses Ctrl-C. */
export interface Prompter {
  select<T>(question: SelectQuestion<T>): Promise<T>;
  input(question: InputQuestion): Promise<string>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
}

/** Ctrl-C, as inquirer reports it (same name, so one `catch` handles both). */
export class ExitPromptError extends Error {
  override name = 'ExitPromptError';
  constructor(message = 'User force closed the prompt with SIGINT') {
    super(message);
  }
}

/** Whether an error means "the person pressed Ctrl-C". */
export function isExitPromptError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** Thrown by the start-up benchmark hook once the first question is about to render. */
export class FirstPromptReached extends Error {
  override name = 'FirstPromptReached';
}

function isSeparator<T>(choice: Choice<T> | SeparatorLine): choice is SeparatorLine {
  return 'separator' in choice;
}

/** Inquirer `select` configuration for a question (exported for rendering tests). */
export function selectConfig<T>(question: SelectQuestion<T>, makeSeparator: (text: string) => unknown) {
  return {
    message: question.message,
    choices: question.choices.map((choice) =>
      isSeparator(choice) ? makeSeparator(choice.separator) : {value: choice.value, name: choice.name, short: choice.short ?? choice.name, ...(choice.description ? {description: choice.description} : {})}
    ) as Array<{value: T; name: string}>,
    ...(question.default !== undefined ? {default: question.default} : {}),
    pageSize: question.pageSize ?? 12,
    loop: false
  };
}

/**
 * While the drafter types, show after the text what is wrong with it so far
 * ("✗ There is no 30 February 2027"), so a value is checked as it is typed,
 * not only on Enter. Nothing is shown for an empty line or for "<" (Back).
 */
export function liveCheck(validate: (value: string) => true | string) {
  return (value: string, {isFinal}: {isFinal: boolean}): string => {
    const typed = value.trim();
    if (isFinal || typed === '' || typed === '<' || typed.toLowerCase() === 'back') return value;
    const verdict = validate(value);
    if (verdict === true) return value;
    const first = verdict.split('\n')[0]!;
    return `${value}  ✗ ${first.length > 70 ? `${first.slice(0, 69)}…` : first}`;
  };
}

/** Inquirer `input` configuration for a question (exported for rendering tests). */
export function inputConfig(question: InputQuestion) {
  return {
    message: question.message,
    ...(question.default ? {default: question.default} : {}),
    ...(question.validate ? {validate: question.validate, transformer: liveCheck(question.validate)} : {}),
    theme: {validationFailureMode: 'keep' as const}
  };
}

/**
 * The real prompter: inquirer prompts on the command's own streams. Inquirer
 * is imported on the first question, so `--help` and non-terminal runs never
 * load it. With `CCM_WIZARD_EXIT_AT_FIRST_PROMPT` set (the start-up benchmark),
 * the first question loads inquirer and then stops with {@link FirstPromptReached}.
 */
export function inquirerPrompter(io: Io): Prompter {
  const context = {input: io.stdin, output: io.stdout as NodeJS.WritableStream};
  const load = async () => {
    const prompts = await import('@inquirer/prompts');
    if (io.env['CCM_WIZARD_EXIT_AT_FIRST_PROMPT']) throw new FirstPromptReached('first prompt reached');
    return prompts;
  };
  const dim = (text: string) => (io.env['NO_COLOR'] || !io.stdout.isTTY ? text : `\u001b[2m${text}\u001b[22m`);
  return {
    async select(question) {
      const {select, Separator} = await load();
      return select(selectConfig(question, (text) => new Separator(dim(text))), context) as Promise<never>;
    },
    async input(question) {
      const {input} = await load();
      if (question.hint) io.stdout.write(`${dim(question.hint)}\n`);
      return input(inputConfig(question), context);
    },
    async confirm(question) {
      const {confirm} = await load();
      return confirm({message: question.message, default: question.default ?? false}, context);
    }
  };
}

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
        throw new Error(`Unexpected answer ${JSON.stringify(entry.answer)} for \`${question.name}\`, expected one of: ${values.map((v) => JSON.stringify(v)).join(', ')}`);
      }
      return found;
    },
    async input(question: InputQuestion): Promise<string> {
      const record = {kind: 'input' as const, name: question.name, message: question.message, default: question.default, ...(question.hint ? {hint: question.hint} : {})};
      let entry = next(record);
      while ('invalid' in entry) {
        const verdict = question.validate?.(entry.invalid) ?? true;
        if (verdict === true) throw new Error(`Expected ${JSON.stringify(entry.invalid)} to be refused at \`${question.name}\`, but it was accepted`);
        if (entry.error && !entry.error.test(verdict)) throw new Error(`Unexpected validation message "${verdict}" at \`${question.name}\`, expected ${entry.error}`);
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
