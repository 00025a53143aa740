// What a German reader must never see in a report or a recommendation: a raw enum code (JOB_SPECIAL_B1), an ISO
// date (2027-01-25), an English field or figure name (daysApart, registrations). Shared by the German-text tests.
import { recommendationFigureLabels } from '../../../schema/enum-labels.js';

const checks: { what: string; pattern: RegExp }[] = [
  { what: 'raw code', pattern: /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/g },
  {
    what: 'lone code',
    pattern:
      /\b(?:GENERAL|YOUTH|PARENTS|WOMEN|LITERACY|INTENSIVE|REMEDIAL|OPEN|PLANNED|FULL|RUNNING|DONE|HIGH|MEDIUM|LOW|NONE|OTHER)\b/g,
  },
  { what: 'ISO date', pattern: /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b/g },
  { what: 'camelCase name', pattern: /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g },
  {
    what: 'English figure name',
    pattern: new RegExp(`\\b(?:${Object.keys(recommendationFigureLabels).join('|')}|persons|offers|providers)\\b`, 'g'),
  }, // The network analysis's English terms as labels of their own ("Betweenness", "Broker"): German has its words
  // (Vermittlerrolle, Vermittler, Gemeinschaft). A compound that names the technical term beside the German one
  // ("Betweenness-Zentralität" in an explanation) is allowed, hence no hyphen on either side.
  {
    what: 'English network term',
    pattern: /(?<![-\w])(?:Betweenness|Closeness|Eigenvector|Degree|Communit(?:y|ies)|Brokers?)(?![-\w])/gi,
  },
];

/** Every code word in a text, with a little context, e.g. 'raw code "JOB_SPECIAL_B1" in "…(JOB_SPECIAL_B1) ab…"'. */
export function findCodeWords(text: string): string[] {
  const found: string[] = [];
  for (const { what, pattern } of checks)
    for (const match of text.matchAll(pattern)) {
      const at = match.index;
      found.push(`${what} "${match[0]}" in "${text.slice(Math.max(0, at - 40), at + match[0].length + 40)}"`);
    }
  return found;
}

/** The text of an HTML page a person reads: its text nodes and title attributes, without style sheets. */
export function readableText(html: string): string {
  const titles = [...html.matchAll(/\btitle="([^"]*)"/g)].map((match) => match[1]);
  const text = html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  return [text, ...titles]
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ');
}
