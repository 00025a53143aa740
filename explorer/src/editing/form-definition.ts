// What each form (actor-form.ts, offer-form.ts, ...) tells the dialog (form-dialog.ts): its fields, how it loads its
// entity with the version it was loaded at, and the request that saves or deletes it. The requests are built here,
// without the browser, so that the tests send exactly what the forms send.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FieldErrors, FieldSpec, FormValues } from './field-layer.js';

export type EntityKind = 'actor' | 'offer' | 'need' | 'cooperation' | 'network' | 'meeting';

/** Sends one GraphQL request: the browser's (edit-request.ts) or a test's. */
export type Send = <R, V>(document: TypedDocumentNode<R, V>, variables: V) => Promise<R>;

export interface LoadedEntity {
  id: string;
  version: string; // updatedAt when loaded: sent as expectedUpdatedAt with the save
  values: FormValues;
  names: Record<string, string>; // names of the picked keys (actors, municipalities, networks), for the pickers
}

export interface EditRequest {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the form's own typed document
  document: TypedDocumentNode<any, any>;
  variables: Record<string, unknown>;
  /** The id of the entity saved, from the answer (for the selection after the save). */
  idOf: (data: Record<string, unknown>) => string | undefined;
}

export interface FormDefinition {
  kind: EntityKind;
  entity: string; // the API type whose field rules apply (Actor, Offer, Need, Cooperation, Network, Meeting)
  titles: { create: string; edit: string };
  fields: FieldSpec[];
  across?: (values: FormValues) => FieldErrors; // rules across fields, as the API's graph rules
  aliases?: Record<string, string>; // API field -> form field where they differ
  load: (id: string, send: Send) => Promise<LoadedEntity | undefined>;
  /** The request that creates (loaded undefined) or updates the entity; undefined: nothing changed. */
  save: (values: FormValues, loaded?: LoadedEntity) => EditRequest | undefined;
  remove: (loaded: LoadedEntity) => EditRequest;
  /** The details panel's selection for the entity, if it has one there ('a:id', 'o:id', 'm:ags'). */
  selection?: (id: string, values: FormValues) => string;
}

type Key = 'id' | 'ags';

const byKey = (key: Key, value: string) => ({ where: { node: { [key]: { eq: value } } } });

/** A relationship of a new entity to one entity by key, or undefined when none is picked. */
export function connectOne(key: Key, value: unknown): { connect: unknown[] } | undefined {
  return typeof value === 'string' && value ? { connect: [byKey(key, value)] } : undefined;
}

/** A relationship of a new entity to several entities by key. */
export function connectMany(key: Key, values: unknown): { connect: unknown[] } | undefined {
  const list = Array.isArray(values) ? (values as string[]) : [];
  return list.length > 0 ? { connect: list.map((value) => byKey(key, value)) } : undefined;
}

/** The update of a relationship of one (or several) from the keys loaded to the keys now picked; undefined: same. */
export function switchLinks(key: Key, before: unknown, after: unknown): unknown[] | undefined {
  const list = (value: unknown) =>
    Array.isArray(value) ? (value as string[]) : typeof value === 'string' && value ? [value] : [];
  const old = list(before);
  const now = list(after);
  const gone = old.filter((value) => !now.includes(value));
  const added = now.filter((value) => !old.includes(value));
  if (gone.length === 0 && added.length === 0) return undefined;
  return [
    {
      ...(gone.length > 0 ? { disconnect: gone.map((value) => byKey(key, value)) } : {}),
      ...(added.length > 0 ? { connect: added.map((value) => byKey(key, value)) } : {}),
    },
  ];
}

/** Equal as the form holds them (lists by their items). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
