import type { OfferCategory } from '../demo-types.js';

// The south-west gap: municipalities with open demand for a category that has no offer within the catchment.
// Offers of these categories may not sit within gapRadiusKm + jitter of these municipalities.
export const gapRadiusKm = 25;
export const gapPlans: { category: OfferCategory; municipalities: string[] }[] = [
  { category: 'JOB_LANGUAGE_COURSE', municipalities: ['Diepenau', 'Warmsen'] },
  { category: 'EARLY_CHILDHOOD', municipalities: ['Diepenau'] },
  { category: 'RECOGNITION_COUNSELLING', municipalities: ['Raddestorf'] },
];
