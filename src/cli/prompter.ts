/**
 * The real {@link Prompter}: inquirer's prompts on the command's own
 * streams. This is the only module that imports inquirer.
 */
import type {Io} from './io.js';
import {type InputQuestion, isSeparator, type Prompter, type SelectQuestion} from '../wizard/prompter.js';

/** Thrown by the start-up benchmark hook once the first question is about to render. */
export class FirstPromptReached extends Error {
  override name = 'FirstPromptReached';
}

/** Inquirer `select` configuration for a question (exported for rendering tests). */
export function selectConfig<T>(question: SelectQuestion<T>, makeSeparator: (text: string) => unknown) {
  return {
    message: question.message,
    choices: question.choices.map((choice) =>
      isSeparator(choice)
        ? makeSeparator(choice.separator)
        : {
            value: choice.value,
            name: choice.name,
            short: choice.short ?? choice.name,
            ...(choice.description ? {description: choice.description} : {})
          }
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
 * The real prompter: inquirer prompts on the command's own streams. Each
 * prompt is the inquirer project's own package (`@inquirer/select`, `input`,
 * `confirm`), not the `@inquirer/prompts` bundle, whose editor prompt and
 * encoding tables the wizard never uses. They are imported on the first
 * question, so `--help` and non-terminal runs never load them. With
 * `CCM_WIZARD_EXIT_AT_FIRST_PROMPT` set (the start-up benchmark), the first
 * question loads the prompts and then stops with {@link FirstPromptReached}.
 */
export function inquirerPrompter(io: Io): Prompter {
  const context = {input: io.stdin, output: io.stdout as NodeJS.WritableStream};
  const load = async () => {
    const [select, input, confirm] = await Promise.all([
      import('@inquirer/select'),
      import('@inquirer/input'),
      import('@inquirer/confirm')
    ]);
    if (io.env['CCM_WIZARD_EXIT_AT_FIRST_PROMPT']) throw new FirstPromptReached('first prompt reached');
    return {select: select.default, Separator: select.Separator, input: input.default, confirm: confirm.default};
  };
  const dim = (text: string) => (io.env['NO_COLOR'] || !io.stdout.isTTY ? text : `\u001b[2m${text}\u001b[22m`);
  return {
    async select(question) {
      const {select, Separator} = await load();
      return select(
        selectConfig(question, (text) => new Separator(dim(text))),
        context
      ) as Promise<never>;
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
