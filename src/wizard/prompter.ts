/**
 * Every question the wizard asks goes through a {@link Prompter}: the
 * wizard's logic never touches a terminal. The CLI supplies the inquirer
 * adapter (`src/cli/prompter.ts`); tests supply a scripted one
 * (`test/helpers/scripted-prompter.ts`, the changesets pattern: a script of
 * answers, and an error on any question the script did not expect).
 */

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

/** Whether a choice-list entry is a group heading. */
export function isSeparator<T>(choice: Choice<T> | SeparatorLine): choice is SeparatorLine {
  return 'separator' in choice;
}
