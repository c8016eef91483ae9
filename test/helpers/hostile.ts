/** Test helper: a catalogue of hostile values for markup-safety property tests. */

/** Values a drafter, a careless paste or an attacker might type. */
export const HOSTILE = [
  '**bold** _it_ `code` [x](http://evil.example) ![img](x.png)',
  ':::section[Bad]{#x}\ninjected\n:::',
  '::toc',
  ':param[country.name] :ref[s-offences]',
  '## 99 Phantom section',
  '1. Offences',
  '(1) A person commits an offence',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1)) <a href="javascript:alert(1)">x</a>',
  ']]> <![CDATA[ x ]]> <?xml version="1.0"?>',
  'Oslo" x:y="z \'single\' `back`',
  'line one\nline two\n\n### 7 Heading\n1. item',
  '\u202Eevil\u202C RTL \u200F mark \u200B zero',
  'e\u0301 combining a\u0308 \u0345',
  '| pipe | table |\n|---|---|',
  '- list item',
  '> quote',
  '<!-- comment -->',
  '&amp; &lt; &#x3C;',
  '\\ backslash \\*',
  '=cmd|" /C calc"!A0',
  '    indented code'
];

/**
 * Values refused where they are typed (file:line:col, exit 2; docs/limits.md):
 * a line or paragraph separator in a one-line value would print a line break
 * the bill's readers cannot see in the answers.
 */
export const REFUSED_AT_INPUT = ['para\u2028sep\u2029end'];
