// The border area of a neighbouring district (issue 20): the real municipalities of Landkreis Diepholz within 15 km
// of the county (reference/nienburg-neighbours.csv), with a few fictional actors and their offers, so that the
// analyses, the explorer and the reports meet offers across the county border as they do in life. No needs: the
// neighbour's demand is its own county's business. The offers obey the planned gaps like the county's own.
import type { ActorPlan } from './actor-plans.js';
import type { OfferPlan } from './offer-plans.js';

export const borderDistrictAgs = '03251';
export const borderState = 'Niedersachsen';
export const borderRadiusKm = 15; // the neighbour's municipalities this near to the county are loaded

export const borderActorPlans: ActorPlan[] = [
  {
    key: 'dh-sprachschule',
    kind: 'COURSE_PROVIDER',
    name: 'Sprachschule Hunte-Weser, Standort Bruchhausen-Vilsen (fiktiv)',
    at: 'Bruchhausen-Vilsen',
    reach: 0,
    about: 'Kursträger im Nachbarkreis Diepholz; Integrations- und Berufssprachkurse, auch für Teilnehmende aus Hoya.',
    languages: ['de', 'en', 'ru'],
  },
  {
    key: 'dh-familie',
    kind: 'DAYCARE',
    name: 'Familienzentrum Siedenburg (fiktiv)',
    at: 'Siedenburg',
    reach: 0,
    about: 'Familienzentrum im Nachbarkreis mit offenen Eltern-Kind-Gruppen.',
  },
  {
    key: 'dh-treff',
    kind: 'VOLUNTEER_INITIATIVE',
    name: 'Sprachtreff Kirchdorf (fiktiv)',
    at: 'Kirchdorf',
    reach: 0,
    about: 'Ehrenamtlicher Gesprächskreis im Nachbarkreis, offen für alle.',
    languages: ['de', 'ar', 'uk'],
  },
  {
    key: 'dh-beratung',
    kind: 'COUNSELLING_SERVICE',
    name: 'Migrationsberatung Bruchhausen-Vilsen (fiktiv)',
    at: 'Bruchhausen-Vilsen',
    reach: 0,
    about: 'Migrationsberatung für Erwachsene im Nachbarkreis.',
    languages: ['de', 'ar', 'fa'],
  },
];

const I = 'INTEGRATION_COURSE' as const;

export const borderOfferPlans: OfferPlan[] = [
  { provider: 'dh-sprachschule', category: I, venue: 'Bruchhausen-Vilsen', status: 'RUNNING', what: 'GENERAL' },
  {
    provider: 'dh-sprachschule',
    category: I,
    venue: 'Bruchhausen-Vilsen',
    status: 'OPEN',
    what: 'GENERAL',
    startInDays: 28,
  },
  {
    provider: 'dh-sprachschule',
    category: 'JOB_LANGUAGE_COURSE',
    venue: 'Bruchhausen-Vilsen',
    status: 'OPEN',
    what: 'JOB_BASIC_B2',
  },
  {
    provider: 'dh-familie',
    category: 'EARLY_CHILDHOOD',
    venue: 'Siedenburg',
    status: 'RUNNING',
    what: 'Eltern-Kind-Gruppe Siedenburg',
  },
  {
    provider: 'dh-treff',
    category: 'LANGUAGE_CAFE',
    venue: 'Kirchdorf',
    status: 'RUNNING',
    what: 'Sprachtreff Kirchdorf',
  },
  {
    provider: 'dh-beratung',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Bruchhausen-Vilsen',
    status: 'RUNNING',
    what: 'Migrationsberatung für Erwachsene in Bruchhausen-Vilsen',
  },
];
