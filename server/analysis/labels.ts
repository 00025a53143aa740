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

/** Names of the course types (integration and job language courses) in the two languages. */
export const courseTypeLabels: Record<string, { de: string; en: string }> = {
  GENERAL: { de: 'allgemein', en: 'general' },
  YOUTH: { de: 'Jugendkurs', en: 'youth course' },
  PARENTS: { de: 'Elternkurs', en: 'parents’ course' },
  WOMEN: { de: 'Frauenkurs', en: 'women’s course' },
  LITERACY: { de: 'Alphabetisierungskurs', en: 'literacy course' },
  SECOND_SCRIPT: { de: 'Zweitschriftlernende', en: 'second-script learners' },
  INTENSIVE: { de: 'Intensivkurs', en: 'intensive course' },
  REMEDIAL: { de: 'Förderkurs', en: 'remedial course' },
  JOB_BASIC_B2: { de: 'Basismodul B2', en: 'basic module B2' },
  JOB_BASIC_C1: { de: 'Basismodul C1', en: 'basic module C1' },
  JOB_SPECIAL_A2: { de: 'Spezialmodul A2', en: 'special module A2' },
  JOB_SPECIAL_B1: { de: 'Spezialmodul B1', en: 'special module B1' },
  JOB_SPECIAL_PROFESSION: { de: 'Spezialmodul Beruf', en: 'special module for a profession' },
};

export function courseTypeLabel(courseType: string): { de: string; en: string } {
  return courseTypeLabels[courseType] ?? { de: courseType, en: courseType };
}
