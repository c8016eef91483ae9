/**
 * Markdown by construction for every document the tool writes about a bill
 * (explanatory note, Form A, the draft gap report, the matrix): documents
 * are built as mdast and stringified once, with GFM tables (mdast-util-gfm's
 * table and strikethrough parts) and the directive serialiser's unsafe patterns, so any value (an answer, a
 * citation, a title) is text and nothing in it can become a heading, a
 * list, a link, HTML or a `:::` directive. This is the one escaping rule for
 * Markdown; nothing concatenates user text into Markdown.
 */
import type {
  BlockContent,
  Emphasis,
  Heading,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text
} from 'mdast';
import {directiveToMarkdown} from 'mdast-util-directive';
import {gfmStrikethroughToMarkdown} from 'mdast-util-gfm-strikethrough';
import {gfmTableToMarkdown} from 'mdast-util-gfm-table';
import {type Options as ToMarkdownOptions, toMarkdown} from 'mdast-util-to-markdown';
import {fastTextToMarkdown} from '../util/markdown-text.js';

/**
 * Fold line breaks (and U+2028, U+2029, vertical tab, form feed, NEL) and
 * the spaces around them into one space: every value in a document is
 * inline text, and a line break in it would start a new block for a reader.
 */
export function inline(value: string): string {
  return value.replace(/[ \t]*[\r\n\u2028\u2029\v\f\u0085]+[ \t]*/g, ' ');
}

/** Inline content given as strings (plain text) or nodes. */
export type Inlines = ReadonlyArray<string | PhrasingContent>;

const phrasing = (content: Inlines): PhrasingContent[] => content.filter((c) => c !== '').map((c) => (typeof c === 'string' ? text(c) : c));

/** A text node (line breaks folded). */
export function text(value: string): Text {
  return {type: 'text', value: inline(value)};
}

/** Bold. */
export function strong(...content: Inlines): Strong {
  return {type: 'strong', children: phrasing(content)};
}

/** Italic. */
export function emphasis(...content: Inlines): Emphasis {
  return {type: 'emphasis', children: phrasing(content)};
}

/** Code (an id, a command, a YAML line). */
export function code(value: string): InlineCode {
  return {type: 'inlineCode', value: inline(value)};
}

/** A link (the URL is data: the stringifier escapes it, a renderer decides what it may open). */
export function link(url: string, ...content: Inlines): Link {
  return {type: 'link', url, children: phrasing(content)};
}

/** A paragraph. */
export function paragraph(...content: Inlines): Paragraph {
  return {type: 'paragraph', children: phrasing(content)};
}

/** A heading. */
export function heading(depth: 1 | 2 | 3 | 4, ...content: Inlines): Heading {
  return {type: 'heading', depth, children: phrasing(content)};
}

/** A tight bulleted list, one paragraph per item. */
export function bulletList(items: ReadonlyArray<Inlines>): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((content): ListItem => ({type: 'listItem', spread: false, children: [paragraph(...content)]}))
  };
}

/** A block quote. */
export function blockquote(...children: BlockContent[]): RootContent {
  return {type: 'blockquote', children};
}

/** A GFM table: a header row and body rows of inline cells. */
export function table(header: ReadonlyArray<Inlines | string>, rows: ReadonlyArray<ReadonlyArray<Inlines | string>>): Table {
  const row = (cells: ReadonlyArray<Inlines | string>): TableRow => ({
    type: 'tableRow',
    children: cells.map((c): TableCell => ({type: 'tableCell', children: phrasing(typeof c === 'string' ? [c] : c)}))
  });
  return {type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)]};
}

/**
 * Fixed settings, so the same tree always gives the same bytes. Of GFM, the
 * table serialiser and the strikethrough escape (`~~` in a value stays text);
 * GFM's autolink escapes cannot stop a renderer from linking a bare URL (only
 * http(s), www and e-mail addresses, the visible text itself) and cost more
 * than the rest of the serialiser, so they are left out.
 */
const options: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
  fences: true,
  incrementListMarker: true,
  extensions: [gfmTableToMarkdown({tablePipeAlign: false}), gfmStrikethroughToMarkdown(), directiveToMarkdown(), fastTextToMarkdown]
};

/** Stringify a document tree to Markdown (the one place documents become Markdown). */
export function stringifyMarkdown(children: RootContent[]): string {
  const root: Root = {type: 'root', children};
  return toMarkdown(root, options);
}
