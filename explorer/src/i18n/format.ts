// Numbers and dates as a person reads them: German or English digits, TT.MM.JJJJ; a missing value as a dash.
export function formatNumber(value: number | null | undefined, language: 'de' | 'en', digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return value.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

export function formatDate(value: string | null | undefined, language: 'de' | 'en'): string {
  if (!value) return '–';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
}
