/**
 * Jurisdiction profiles (jurisdictions/<id>.yaml): the defaults a State's
 * drafting conventions supply: names, Minister, courts, currency, penalty style.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {jurisdictionsDir} from '../paths.js';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {displayPath} from '../util/display-path.js';
import {readTextFile, type SizeLimit} from '../util/files.js';
import {ShapeChecker} from '../util/validate.js';
import {parseYaml, type YamlSource} from '../util/yaml.js';
import {defaultLocale, type Locale} from '../model/params.js';
import {defaultFrontMatterStyle, type FrontMatterStyleName, frontMatterStyleNames} from '../bill/front-matter.js';

/** The language of a bill when the profile does not name one (bills are in English; the variety sets spelling checks). */
export const defaultLanguage = 'en-GB';

/** ISO 3166-1 alpha-2 (lower case, as Akoma Ntoso writes it), optionally with a subdivision (`it-45`). */
export const countryCodePattern = /^[a-z]{2}(?:-[a-z0-9]{1,3})?$/;

/** A loaded jurisdiction profile. */
export interface Profile {
  id: string;
  name: string;
  description: string;
  path: string;
  locale: Locale;
  /**
   * ISO 3166-1 alpha-2 code of the State, lower case (`nz`), used in Akoma
   * Ntoso identifiers. Placeholder profiles use a user-assigned code (`xe`,
   * `xn`: ISO 3166-1 reserves AA, QM–QZ, XA–XZ and ZZ for users, never for a
   * State). Undefined when the profile does not say.
   */
  country?: string | undefined;
  /** BCP 47 language tag of the bill's text (`en-GB`, `en-NZ`), set in Word and HTML. */
  language: string;
  /** House style of the front matter (src/bill/front-matter.ts). */
  frontMatter: FrontMatterStyleName;
  /** Raw parameter values, checked against the model when answers are resolved. */
  params: Record<string, unknown>;
  /** The YAML, to point at values in messages. */
  yaml?: YamlSource | undefined;
  messages: VFileMessage[];
}

/** Ids of the bundled profiles. */
export async function listProfiles(): Promise<string[]> {
  const {readdir} = await import('node:fs/promises');
  return (await readdir(jurisdictionsDir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/**
 * Find a profile by id (a bundled file in jurisdictions/) or by path
 * (anything with a slash or ending in .yaml, resolved against `cwd`).
 */
export function profilePath(reference: string, cwd: string): string {
  if (/[\\/]/.test(reference) || /\.ya?ml$/.test(reference)) return path.resolve(cwd, reference);
  return path.join(jurisdictionsDir, `${reference}.yaml`);
}

/** Load a profile by id or path; raises InputError naming `from` when it does not exist. `limit`: the largest file to read. */
export async function loadProfile(
  reference: string,
  cwd: string,
  from?: {file: string; place?: import('unist').Point | undefined},
  limit: SizeLimit = {}
): Promise<Profile> {
  const file = profilePath(reference, cwd);
  if (!existsSync(file) && from) {
    const known = await listProfiles().catch(() => []);
    throw new InputError(
      diagnostic(`Unexpected jurisdiction \`${reference}\`, expected a profile id (${known.join(', ')}) or a path to a profile file`, {
        file: from.file,
        place: from.place,
        ruleId: 'unknown-jurisdiction',
        source: 'answers'
      })
    );
  }
  return parseProfile(await readTextFile(file, {source: 'profile', maxBytes: limit.maxBytes}), displayPath(file, cwd));
}

/** Parse a profile (no I/O). */
export function parseProfile(text: string, file: string): Profile {
  const parsed = parseYaml(text, {file, source: 'profile'});
  const profile: Profile = {
    id: path.basename(file).replace(/\.ya?ml$/, ''),
    name: '',
    description: '',
    path: file,
    locale: defaultLocale,
    language: defaultLanguage,
    frontMatter: defaultFrontMatterStyle,
    params: {},
    messages: [...parsed.messages]
  };
  if (!parsed.source) return profile;
  profile.yaml = parsed.source;
  const c = new ShapeChecker(parsed.source, 'profile');
  const root = c.mapping(parsed.source.value, [], 'the profile', [
    'schema',
    'id',
    'name',
    'description',
    'country',
    'language',
    'front_matter',
    'locale',
    'params'
  ]);
  if (root) {
    c.schemaVersion(root['schema'], 1);
    profile.id =
      c.text(root['id'], ['id'], '`id`', {required: true, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternHint: 'a kebab-case id'}) ??
      profile.id;
    profile.name = c.text(root['name'], ['name'], '`name`', {required: true}) ?? profile.id;
    profile.description = c.text(root['description'], ['description'], '`description`') ?? '';
    profile.country = c.text(root['country'], ['country'], '`country`', {
      pattern: countryCodePattern,
      patternHint: 'an ISO 3166-1 alpha-2 code in lower case, such as nz (or a user-assigned code such as xe for a placeholder State)'
    });
    profile.language =
      c.text(root['language'], ['language'], '`language`', {
        pattern: /^en(?:-[A-Z]{2})?$/,
        patternHint: 'an English language tag such as en-GB or en-NZ (bills are written in English)'
      }) ?? defaultLanguage;
    profile.frontMatter =
      c.oneOf(root['front_matter'], ['front_matter'], '`front_matter`', frontMatterStyleNames) ?? defaultFrontMatterStyle;
    const locale =
      root['locale'] === undefined ? undefined : c.mapping(root['locale'], ['locale'], '`locale`', ['date_format', 'currency']);
    if (locale) {
      const dateFormat = c.text(locale['date_format'], ['locale', 'date_format'], '`date_format`', {
        pattern: /^(?:[^A-Za-z]|D|DD|MMMM|MMM|MM|YYYY)+$/,
        patternHint: 'tokens D, DD, MMM, MMMM, MM, YYYY with punctuation and spaces'
      });
      const currency =
        locale['currency'] === undefined
          ? undefined
          : c.mapping(locale['currency'], ['locale', 'currency'], '`currency`', ['code', 'symbol']);
      profile.locale = {
        dateFormat: dateFormat ?? defaultLocale.dateFormat,
        currency: {
          code:
            (currency &&
              c.text(currency['code'], ['locale', 'currency', 'code'], 'currency `code`', {
                required: true,
                pattern: /^[A-Z]{3}$/,
                patternHint: 'an ISO 4217 code such as NZD'
              })) ??
            defaultLocale.currency.code,
          symbol: currency
            ? c.text(currency['symbol'], ['locale', 'currency', 'symbol'], 'currency `symbol`')
            : defaultLocale.currency.symbol
        }
      };
    }
    if (root['params'] !== undefined) profile.params = c.mapping(root['params'], ['params'], '`params`') ?? {};
  }
  profile.messages.push(...c.messages);
  return profile;
}
