// A placed course of the course recommendations' tests, at a distance north of 52° N 9° E: a parents' integration
// course of 5 registrations for 20 places (12 at least), starting 01.02.2027; fields overrides any of it.
import type { PlacedCourse } from '../../../../server/analysis/courses/course-recommendations.js';

export const degreesPerKm = 180 / (Math.PI * 6371.0088);

/** The point km kilometres north of 52° N 9° E. */
export const northOf = (km: number) => ({ latitude: 52 + km * degreesPerKm, longitude: 9 });

export function placedCourse(id: string, km: number, fields: Partial<PlacedCourse> = {}): PlacedCourse {
  return {
    id,
    title: `Kurs ${id}`,
    category: 'INTEGRATION_COURSE',
    courseType: 'PARENTS',
    languageLevelFrom: 'A1',
    status: 'PLANNED',
    startDate: '2027-02-01',
    registrations: 5,
    capacity: 20,
    minGroupSize: 12,
    providerId: `p-${id}`,
    providerName: `Träger ${id}`,
    venueAgs: `v${km}`,
    venueName: `Ort ${km}`,
    ...northOf(km),
    ...fields,
  };
}
