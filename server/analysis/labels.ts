// Names of the categories in the two languages of the recommendations and reports.
export const categoryLabels: Record<string, { de: string; en: string }> = {
  INTEGRATION_COURSE: { de: 'Integrationskurs', en: 'integration course' },
  JOB_LANGUAGE_COURSE: { de: 'Berufssprachkurs', en: 'job-related language course' },
  FIRST_ORIENTATION_COURSE: { de: 'Erstorientierungskurs', en: 'first orientation course' },
  OTHER_LANGUAGE_COURSE: { de: 'sonstiger Sprachkurs', en: 'other language course' },
  LANGUAGE_CAFE: { de: 'Sprachcafé', en: 'language café' },
  EARLY_CHILDHOOD: { de: 'frühkindliche Bildung', en: 'early childhood education' },
  SCHOOL_LANGUAGE_SUPPORT: { de: 'schulische Sprachförderung', en: 'language support at school' },
  VOCATIONAL_ENTRY: { de: 'Berufseinstieg', en: 'vocational entry' },
  APPRENTICESHIP: { de: 'Ausbildung', en: 'apprenticeship' },
  FURTHER_TRAINING: { de: 'Weiterbildung', en: 'further training' },
  RECOGNITION_COUNSELLING: { de: 'Anerkennungsberatung', en: 'recognition counselling' },
  MIGRATION_COUNSELLING: { de: 'Migrationsberatung', en: 'migration counselling' },
  EDUCATION_GUIDANCE: { de: 'Bildungsberatung', en: 'education guidance' },
  MENTORING: { de: 'Mentoring', en: 'mentoring' },
  OTHER: { de: 'sonstiges Angebot', en: 'other offer' },
};

export function categoryLabel(category: string): { de: string; en: string } {
  return categoryLabels[category] ?? { de: category, en: category };
}

const germanNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const englishNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export const formatDe = (value: number) => germanNumber.format(value);
export const formatEn = (value: number) => englishNumber.format(value);

/** German alphabetical order (ä with a, ß with ss). One collator: localeCompare(b, 'de') builds one per call. */
export const compareGerman = new Intl.Collator('de').compare;
