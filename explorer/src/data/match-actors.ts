// Which actors a typed text finds, for the shortest path's actor picker (ui/actor-picker.ts): every typed word
// must occur in the name or the place (case and accents ignored), names that begin with the text first.

export interface NamedActor {
  name: string;
  city?: string | null;
}

const fold = (text: string) => text.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '');

export function matchActors<A extends NamedActor>(actors: Iterable<A>, text: string, limit: number): A[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const found: { actor: A; name: string; starts: boolean }[] = [];
  for (const actor of actors) {
    const name = fold(actor.name);
    const haystack = `${name} ${fold(actor.city ?? '')}`;
    if (words.every((word) => haystack.includes(word))) found.push({ actor, name, starts: name.startsWith(words[0]!) });
  }
  found.sort((a, b) => Number(b.starts) - Number(a.starts) || a.name.localeCompare(b.name, 'de'));
  return found.slice(0, limit).map((f) => f.actor);
}
