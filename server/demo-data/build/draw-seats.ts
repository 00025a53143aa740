// Booked places and waiting list of an offer with places, by its status (a plan may fix the booked places).
import type { Random } from '../../data-generation/create-random.js';
import type { OfferStatus } from '../demo-types.js';

export function drawSeats(
  random: Random,
  status: OfferStatus,
  capacity: number,
  fixed: number | undefined,
): { booked: number; waitlist: number } {
  let booked: number;
  let waitlist = 0;
  if (fixed !== undefined) booked = fixed;
  else if (status === 'COMPLETED') booked = capacity - random.int(0, Math.min(3, capacity - 1));
  else if (status === 'RUNNING') {
    booked = capacity - random.int(0, Math.min(4, capacity - 1));
    waitlist = random.chance(0.3) ? random.int(1, 6) : 0;
  } else if (status === 'FULL') {
    booked = capacity;
    waitlist = random.int(3, 15);
  } else if (status === 'OPEN') booked = Math.round(capacity * (0.2 + random.next() * 0.6));
  else if (status === 'PLANNED') booked = Math.round(capacity * random.next() * 0.5);
  else booked = random.int(2, 6); // CANCELLED: too few registrations
  return { booked: Math.max(0, Math.min(booked, capacity)), waitlist };
}
