// The course type an open need asks for, so that START_NEW_COURSE names the providers that run exactly that type.
// A need records a category, a target group and the language level its persons have, not a course type; the
// mapping follows the BAMF's course types: special integration courses for young people, parents, women and
// learners of reading and writing (Integrationskursverordnung § 13), intensive courses for fast learners; job
// language courses by the level the persons have reached (DeuFöV: basic modules lead from B1 to B2 and from B2
// to C1, special modules A2 and B1 are for those who did not reach B1 in the integration course).

const integrationByTargetGroup: Record<string, string> = {
  PARENTS: 'PARENTS',
  WOMEN: 'WOMEN',
  YOUTH: 'YOUTH',
  YOUNG_ADULTS: 'YOUTH',
  UNACCOMPANIED_MINORS: 'YOUTH',
  ILLITERATE: 'LITERACY',
  ACADEMICS: 'INTENSIVE',
};

const jobByLevel: Record<string, string> = {
  A1: 'JOB_SPECIAL_A2',
  A2: 'JOB_SPECIAL_B1',
  B1: 'JOB_BASIC_B2',
  B2: 'JOB_BASIC_C1',
  C1: 'JOB_SPECIAL_PROFESSION',
  C2: 'JOB_SPECIAL_PROFESSION',
};

/** The course type for a need of a course category; null for other categories. */
export function courseTypeForNeed(
  category: string,
  targetGroup: string | null,
  languageLevel: string | null,
): string | null {
  if (category === 'INTEGRATION_COURSE') return (targetGroup && integrationByTargetGroup[targetGroup]) || 'GENERAL';
  // Without a known level the usual path applies: B1 from the integration course to the basic module B2.
  if (category === 'JOB_LANGUAGE_COURSE') return (languageLevel && jobByLevel[languageLevel]) || 'JOB_BASIC_B2';
  return null;
}
