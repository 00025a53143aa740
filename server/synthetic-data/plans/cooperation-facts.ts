// The cooperation links: kinds by weight, strength and note per kind, and how far partners and venues reach.
import { createWeightedTable } from '../../data-generation/weighted-picker.js';
import type { CooperationKind } from '../synthetic-types.js';

export const cooperationKinds = createWeightedTable<CooperationKind>({
  AGREEMENT: 15,
  REFERRAL: 30,
  JOINT_OFFER: 12,
  FUNDING: 5,
  EXCHANGE: 23,
  INFORMAL: 15,
});
export const cooperationStrength: Record<CooperationKind, [number, number]> = {
  AGREEMENT: [2, 3],
  REFERRAL: [2, 3],
  JOINT_OFFER: [2, 3],
  FUNDING: [2, 3],
  EXCHANGE: [1, 2],
  INFORMAL: [1, 1],
};
export const cooperationNotes: Record<CooperationKind, string> = {
  AGREEMENT: 'Kooperationsvereinbarung (synthetisch)',
  REFERRAL: 'Gegenseitige Vermittlung (synthetisch)',
  JOINT_OFFER: 'Gemeinsames Angebot (synthetisch)',
  FUNDING: 'Förderung (synthetisch)',
  EXCHANGE: 'Fachlicher Austausch (synthetisch)',
  INFORMAL: 'Informeller Kontakt (synthetisch)',
};

export const neighbourRadiusKm = 20; // offers at a neighbouring venue and most cooperation partners lie within this
