// A name as a URL and e-mail slug: without "(fiktiv)", umlauts spelt out, at most 60 characters.
export function slugify(name: string): string {
  return name
    .replace(/\(fiktiv\)/g, '')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
