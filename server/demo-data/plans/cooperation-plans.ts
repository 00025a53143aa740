// What a cooperation link of each kind says and how close it is (1 loose to 3 close).
import type { CooperationKind } from '../demo-types.js';

export const cooperationNotes: Record<CooperationKind, string[]> = {
  AGREEMENT: ['Kooperationsvereinbarung', 'Schriftliche Vereinbarung über Zusammenarbeit', 'Rahmenvereinbarung'],
  REFERRAL: ['Gegenseitige Vermittlung von Teilnehmenden', 'Verweisberatung', 'Vermittlung in Kurse'],
  JOINT_OFFER: ['Gemeinsames Angebot', 'Kinderbetreuung für Kurse', 'Gemeinsame Kursplanung'],
  FUNDING: ['Förderung von Angeboten', 'Projektförderung', 'Finanzierung von Kursplätzen'],
  EXCHANGE: ['Regelmäßiger fachlicher Austausch', 'Austausch in Netzwerktreffen', 'Abstimmung von Terminen'],
  INFORMAL: ['Kurze Wege, Kontakt nach Bedarf', 'Informeller Kontakt', 'Gelegentliche Zusammenarbeit'],
};
export const strengthOf: Record<CooperationKind, [number, number]> = {
  AGREEMENT: [2, 3],
  REFERRAL: [2, 3],
  JOINT_OFFER: [2, 3],
  FUNDING: [2, 3],
  EXCHANGE: [1, 2],
  INFORMAL: [1, 1],
};
