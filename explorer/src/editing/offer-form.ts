// The offer form: a course or any other offer with all its fields, its provider (picked by name), its funders
// (Offer.funders) and its venue.
import {
  cefrLevelLabels,
  courseTypeLabels,
  offerCategoryLabels,
  offerFormatLabels,
  offerStatusLabels,
  targetGroupLabels,
} from '../../../schema/enum-labels.js';
import {
  CreateOfferDocument,
  DeleteOfferDocument,
  EditOfferDocument,
  UpdateOfferDocument,
} from '../generated/graphql.js';
import { showPlace, type FieldErrors, type FieldSpec } from './field-layer.js';
import { connectMany, connectOne, switchLinks, type FormDefinition } from './form-definition.js';
import { choice, createScalars, notAfter, optionsOf, text, updateScalars, yesNoOptions } from './form-helpers.js';

const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

export const offerFields: FieldSpec[] = [
  { name: 'title', label: 'Titel', kind: 'text', required: true },
  { name: 'provider', label: 'Anbieter', kind: 'actor', required: true },
  { name: 'funders', label: 'Förderer', kind: 'actors' },
  { name: 'category', label: 'Kategorie', kind: 'select', required: true, options: optionsOf(offerCategoryLabels) },
  { name: 'courseType', label: 'Kursart', kind: 'select', options: optionsOf(courseTypeLabels) },
  { name: 'status', label: 'Status', kind: 'select', required: true, options: optionsOf(offerStatusLabels) },
  { name: 'format', label: 'Form', kind: 'select', required: true, options: optionsOf(offerFormatLabels) },
  { name: 'description', label: 'Beschreibung', kind: 'textarea' },
  { name: 'venue', label: 'Veranstaltungsort (Gemeinde)', kind: 'municipality' },
  { name: 'location', label: 'Ort auf der Karte (Breite, Länge)', kind: 'place' },
  { name: 'languageLevelFrom', label: 'Sprachniveau von', kind: 'select', options: optionsOf(cefrLevelLabels) },
  { name: 'languageLevelTo', label: 'Sprachniveau bis', kind: 'select', options: optionsOf(cefrLevelLabels) },
  { name: 'targetGroups', label: 'Zielgruppen', kind: 'checks', options: optionsOf(targetGroupLabels) },
  { name: 'capacity', label: 'Plätze', kind: 'int' },
  { name: 'booked', label: 'Belegt', kind: 'int' },
  { name: 'waitlist', label: 'Warteliste', kind: 'int' },
  { name: 'minGroupSize', label: 'Mindestgruppengröße', kind: 'int' },
  { name: 'startDate', label: 'Beginn', kind: 'date' },
  { name: 'endDate', label: 'Ende', kind: 'date' },
  { name: 'registrationDeadline', label: 'Anmeldeschluss', kind: 'date' },
  { name: 'schedule', label: 'Zeiten (z. B. Mo–Fr 8:30–12:45)', kind: 'text' },
  { name: 'hoursTotal', label: 'Unterrichtseinheiten (je 45 Minuten)', kind: 'int' },
  { name: 'childcare', label: 'Kinderbetreuung', kind: 'bool', options: yesNoOptions },
  { name: 'costFree', label: 'Kostenlos', kind: 'bool', options: yesNoOptions },
  { name: 'cost', label: 'Kosten (Euro)', kind: 'decimal' },
  { name: 'languages', label: 'Unterrichtssprachen (Kürzel, z. B. de, ar)', kind: 'codes' },
  { name: 'accessible', label: 'Barrierefrei', kind: 'bool', options: yesNoOptions },
];

/** The API's graph rules of an offer (server/validation/graph-invariants.ts), checked before sending. */
function offerAcross(values: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  if (!notAfter(values.startDate, values.endDate)) errors.endDate = 'Das Ende darf nicht vor dem Beginn liegen.';
  else if (!notAfter(values.registrationDeadline, values.endDate))
    errors.registrationDeadline = 'Der Anmeldeschluss darf nicht nach dem Ende liegen.';
  const from = levels.indexOf(String(values.languageLevelFrom));
  const to = levels.indexOf(String(values.languageLevelTo));
  if (from >= 0 && to >= 0 && from > to)
    errors.languageLevelTo = 'Das Sprachniveau „bis“ darf nicht unter „von“ liegen.';
  return errors;
}

export const offerForm: FormDefinition = {
  kind: 'offer',
  entity: 'Offer',
  titles: { create: 'Neues Angebot', edit: 'Angebot bearbeiten' },
  fields: offerFields,
  across: offerAcross,
  async load(id, send) {
    const offer = (await send(EditOfferDocument, { id })).offers[0];
    if (!offer) return undefined;
    const provider = offer.provider[0];
    const venue = offer.venue[0];
    return {
      id: offer.id,
      version: offer.updatedAt,
      values: {
        title: offer.title,
        provider: provider?.id ?? '',
        category: offer.category,
        courseType: text(offer.courseType),
        status: offer.status,
        format: offer.format,
        description: text(offer.description),
        venue: venue?.ags ?? '',
        location: showPlace(offer.location),
        languageLevelFrom: text(offer.languageLevelFrom),
        languageLevelTo: text(offer.languageLevelTo),
        targetGroups: offer.targetGroups ?? [],
        capacity: text(offer.capacity),
        booked: text(offer.booked),
        waitlist: text(offer.waitlist),
        minGroupSize: text(offer.minGroupSize),
        startDate: text(offer.startDate),
        endDate: text(offer.endDate),
        registrationDeadline: text(offer.registrationDeadline),
        schedule: text(offer.schedule),
        hoursTotal: text(offer.hoursTotal),
        childcare: choice(offer.childcare),
        costFree: choice(offer.costFree),
        cost: offer.cost === null || offer.cost === undefined ? '' : String(offer.cost).replace('.', ','),
        languages: text(offer.languages),
        accessible: choice(offer.accessible),
        funders: offer.funders.map((funder) => funder.id),
      },
      names: {
        ...(provider ? { [provider.id]: provider.name } : {}),
        ...Object.fromEntries(offer.funders.map((funder) => [funder.id, funder.name])),
        ...(venue ? { [venue.ags]: venue.name } : {}),
      },
    };
  },
  save(values, loaded) {
    if (!loaded) {
      const provider = connectOne('id', values.provider);
      const venue = connectOne('ags', values.venue);
      const funders = connectMany('id', values.funders);
      return {
        document: CreateOfferDocument,
        variables: {
          // provider first: the partner rule checks after each link that the offer is the partner's own
          input: [
            {
              ...(provider ? { provider } : {}),
              ...createScalars(offerFields, values),
              ...(venue ? { venue } : {}),
              ...(funders ? { funders } : {}),
            },
          ],
        },
        idOf: (data) => (data as { createOffers: { offers: { id: string }[] } }).createOffers.offers[0]?.id,
      };
    }
    const provider = switchLinks('id', loaded.values.provider, values.provider);
    const venue = switchLinks('ags', loaded.values.venue, values.venue);
    const funders = switchLinks('id', loaded.values.funders, values.funders);
    const update = {
      ...(provider ? { provider } : {}),
      ...updateScalars(offerFields, values, loaded.values),
      ...(venue ? { venue } : {}),
      ...(funders ? { funders } : {}),
    };
    if (Object.keys(update).length === 0) return undefined;
    return {
      document: UpdateOfferDocument,
      variables: { id: loaded.id, update, version: loaded.version },
      idOf: () => loaded.id,
    };
  },
  remove: (loaded) => ({
    document: DeleteOfferDocument,
    variables: { id: loaded.id, version: loaded.version },
    idOf: () => loaded.id,
  }),
  selection: (id) => `o:${id}`,
};
