// The meeting form: a meeting of a network, its date, topic, place and who attended.
import {
  CreateMeetingDocument,
  DeleteMeetingDocument,
  EditMeetingDocument,
  UpdateMeetingDocument,
} from '../generated/graphql.js';
import type { FieldSpec } from './field-layer.js';
import { connectMany, connectOne, switchLinks, type FormDefinition } from './form-definition.js';
import { createScalars, text, updateScalars } from './form-helpers.js';

export const meetingFields: FieldSpec[] = [
  { name: 'network', label: 'Netzwerk', kind: 'network', required: true },
  { name: 'date', label: 'Datum', kind: 'date', required: true },
  { name: 'topic', label: 'Thema', kind: 'text' },
  { name: 'place', label: 'Ort', kind: 'text' },
  { name: 'attendees', label: 'Teilnehmende', kind: 'actors' },
];

export const meetingForm: FormDefinition = {
  kind: 'meeting',
  entity: 'Meeting',
  titles: { create: 'Neues Treffen', edit: 'Treffen bearbeiten' },
  fields: meetingFields,
  async load(id, send) {
    const meeting = (await send(EditMeetingDocument, { id })).meetings[0];
    if (!meeting) return undefined;
    const network = meeting.network[0];
    return {
      id: meeting.id,
      version: meeting.updatedAt,
      values: {
        network: network?.id ?? '',
        date: text(meeting.date),
        topic: text(meeting.topic),
        place: text(meeting.place),
        attendees: meeting.attendees.map((actor) => actor.id),
      },
      names: Object.fromEntries(
        [...meeting.attendees, ...(network ? [network] : [])].map((entry): [string, string] => [entry.id, entry.name]),
      ),
    };
  },
  save(values, loaded) {
    if (!loaded) {
      const network = connectOne('id', values.network);
      const attendees = connectMany('id', values.attendees);
      return {
        document: CreateMeetingDocument,
        variables: {
          input: [
            {
              ...createScalars(meetingFields, values),
              ...(network ? { network } : {}),
              ...(attendees ? { attendees } : {}),
            },
          ],
        },
        idOf: (data) => (data as { createMeetings: { meetings: { id: string }[] } }).createMeetings.meetings[0]?.id,
      };
    }
    const network = switchLinks('id', loaded.values.network, values.network);
    const attendees = switchLinks('id', loaded.values.attendees, values.attendees);
    const update = {
      ...updateScalars(meetingFields, values, loaded.values),
      ...(network ? { network } : {}),
      ...(attendees ? { attendees } : {}),
    };
    if (Object.keys(update).length === 0) return undefined;
    return {
      document: UpdateMeetingDocument,
      variables: { id: loaded.id, update, version: loaded.version },
      idOf: () => loaded.id,
    };
  },
  remove: (loaded) => ({
    document: DeleteMeetingDocument,
    variables: { id: loaded.id, version: loaded.version },
    idOf: () => loaded.id,
  }),
};
