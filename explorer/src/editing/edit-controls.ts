// The editing controls the explorer shows: "Bearbeiten" and "Löschen" in the details panel, a pencil beside a
// cooperation link or a network there, and the "Neu …" menu in the header with the forms for new entries, the
// choice of a network, meeting or need to edit, and drawing a cooperation in the network. Each shows only to
// whom may use it (editor-viewer.ts); the API refuses anyone else anyway.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Core } from 'cytoscape';
import type { AppContext } from '../state/app-context.js';
import { useDismiss } from '../ui/disclosure-menu.js';
import { h, type Child } from '../ui/dom.js';
import { DistrictNeedsDocument, DistrictNetworksDocument, EditCooperationDocument } from '../generated/graphql.js';
import { enumLabel, offerCategoryLabels } from '../i18n/enum-labels.js';
import { formatDate } from '../ui/dom.js';
import { actorForm } from './actor-form.js';
import { cooperationForm, cooperationId } from './cooperation-form.js';
import { canEditAll, canEditOffer } from './editor-viewer.js';
import { startDrawingLink } from './draw-link.js';
import type { EntityKind, FormDefinition } from './form-definition.js';
import { meetingForm } from './meeting-form.js';
import { needForm } from './need-form.js';
import { networkForm } from './network-form.js';
import { offerForm } from './offer-form.js';
import { openEditor } from './open-editor.js';
import { sendEdit } from './edit-request.js';

export const forms: Record<EntityKind, FormDefinition> = {
  actor: actorForm,
  offer: offerForm,
  need: needForm,
  cooperation: cooperationForm,
  network: networkForm,
  meeting: meetingForm,
};

const today = () => new Date().toISOString().slice(0, 10);

/** "Bearbeiten" and "Löschen" of an actor or offer in the details panel. */
export function EditActions(props: {
  ctx: AppContext;
  kind: 'actor' | 'offer';
  id: string;
  providerId?: string;
}): Child {
  const { ctx, kind, id } = props;
  const allowed = kind === 'offer' ? canEditOffer(ctx.access, props.providerId) : canEditAll(ctx.access);
  if (!allowed) return null;
  const form = forms[kind];
  return h(
    'div',
    { className: 'actions edit-actions' },
    h(
      'button',
      { type: 'button', id: 'details-edit', onclick: () => openEditor(ctx, form, { kind: 'edit', id }) },
      'Bearbeiten',
    ),
    h(
      'button',
      { type: 'button', id: 'details-delete', onclick: () => openEditor(ctx, form, { kind: 'delete', id }) },
      'Löschen',
    ),
    kind === 'actor'
      ? h(
          'button',
          {
            type: 'button',
            id: 'details-new-link',
            onclick: () => openEditor(ctx, cooperationForm, { kind: 'create', initial: { from: id } }),
          },
          'Kooperation hinzufügen',
        )
      : null,
  );
}

/** The pencil beside a cooperation link (whichever actor entered it) or a network in the details panel. */
export function EditLinkButton(props: { ctx: AppContext; actorId: string; partnerId: string; name: string }): Child {
  if (!canEditAll(props.ctx.access)) return null;
  const { ctx, actorId, partnerId, name } = props;
  const open = async () => {
    // The link is stored from the actor that entered it: found in either direction.
    const forward = (await sendEdit(EditCooperationDocument, { from: actorId, to: partnerId })).actors[0];
    const id = forward?.cooperatesWithConnection.edges.length
      ? cooperationId(actorId, partnerId)
      : cooperationId(partnerId, actorId);
    openEditor(ctx, cooperationForm, { kind: 'edit', id });
  };
  return h(
    'button',
    {
      type: 'button',
      className: 'icon edit-link',
      'aria-label': `Kooperation mit ${name} bearbeiten`,
      title: 'Kooperation bearbeiten',
      onclick: () => void open(),
    },
    '✎',
  );
}

export function EditNetworkButton(props: { ctx: AppContext; id: string; name: string }): Child {
  if (!canEditAll(props.ctx.access)) return null;
  return h(
    'button',
    {
      type: 'button',
      className: 'icon edit-network',
      'aria-label': `Netzwerk ${props.name} bearbeiten`,
      title: 'Netzwerk bearbeiten',
      onclick: () => openEditor(props.ctx, networkForm, { kind: 'edit', id: props.id }),
    },
    '✎',
  );
}

/** "Bedarf erfassen" for a municipality in the details panel. */
export function NewNeedButton(props: { ctx: AppContext; ags: string; name: string }): Child {
  if (!canEditAll(props.ctx.access)) return null;
  return h(
    'button',
    {
      type: 'button',
      id: 'details-new-need',
      onclick: () =>
        openEditor(props.ctx, needForm, {
          kind: 'create',
          initial: { municipality: props.ags, reportedAt: today(), status: 'OPEN' },
          names: { [props.ags]: props.name },
        }),
    },
    'Bedarf erfassen',
  );
}

interface Choice {
  kind: 'network' | 'meeting' | 'need';
  id: string;
  label: string;
}

/** The header's "Neu …" menu (coordinator only). canvases: the network, for drawing a link by dragging. */
export function NewMenu(props: { ctx: AppContext; network: () => Core | undefined }): Child {
  const { ctx } = props;
  const [open, setOpen] = useState(false);
  const dismiss = useDismiss(open, setOpen);
  const [choices, setChoices] = useState<Choice[] | undefined>(undefined);
  const [drawing, setDrawing] = useState(false);
  const stopDrawing = useRef<(() => void) | undefined>(undefined);
  // Leaving the network view ends the drawing.
  useEffect(() => {
    if (ctx.state.view !== 'network') stopDrawing.current?.();
  });
  if (!canEditAll(props.ctx.access)) return null;
  const toggleDrawing = () => {
    if (stopDrawing.current) return stopDrawing.current();
    const cy = props.network();
    if (!cy) return;
    setDrawing(true);
    stopDrawing.current = startDrawingLink(
      cy,
      ({ from, to }) => openEditor(ctx, cooperationForm, { kind: 'create', initial: { from, to, kind: 'INFORMAL' } }),
      () => {
        stopDrawing.current = undefined;
        setDrawing(false);
      },
    );
  };
  const create = (kind: EntityKind, initial: Record<string, string> = {}) => {
    setOpen(false);
    openEditor(ctx, forms[kind], { kind: 'create', initial });
  };
  const loadChoices = async () => {
    const [{ networks }, { needs }] = await Promise.all([
      sendEdit(DistrictNetworksDocument, { districtAgs: ctx.model.districtAgs }),
      sendEdit(DistrictNeedsDocument, { districtAgs: ctx.model.districtAgs }),
    ]);
    setChoices([
      ...networks.map((n) => ({ kind: 'network' as const, id: n.id, label: `Netzwerk: ${n.name}` })),
      ...networks.flatMap((n) =>
        n.meetings.map((m) => ({
          kind: 'meeting' as const,
          id: m.id,
          label: `Treffen: ${n.name}, ${formatDate(m.date, 'de')}${m.topic ? ` – ${m.topic}` : ''}`,
        })),
      ),
      ...needs.map((need) => ({
        kind: 'need' as const,
        id: need.id,
        label: `Bedarf: ${need.municipality[0]?.name ?? ''}, ${enumLabel(offerCategoryLabels, need.category, 'de')}, ${need.persons} (${formatDate(need.reportedAt, 'de')})`,
      })),
    ]);
  };
  // A disclosure like the header's other menus (ui/disclosure-menu.ts): buttons in the tab order, Escape or a click
  // elsewhere closes it.
  const item = (id: string, label: string, onclick: () => void) =>
    h('li', {}, h('button', { type: 'button', id, onclick }, label));
  return h(
    'div',
    { className: 'new-menu', ref: dismiss.root, onkeydown: dismiss.onKeyDown },
    h(
      'button',
      {
        type: 'button',
        id: 'new-open',
        ref: dismiss.toggle,
        className: 'primary',
        'aria-expanded': String(open),
        'aria-controls': 'new-menu',
        onclick: () => setOpen(!open),
      },
      'Neu …',
    ),
    open
      ? h(
          'div',
          { className: 'menu-popup', id: 'new-menu', 'data-menu-list': '' },
          h(
            'ul',
            { 'aria-label': 'Neu' },
            item('new-actor', 'Akteur', () => create('actor')),
            item('new-offer', 'Angebot', () => create('offer', { status: 'PLANNED', format: 'IN_PERSON' })),
            item('new-need', 'Bedarf', () => create('need', { reportedAt: today(), status: 'OPEN' })),
            item('new-cooperation', 'Kooperation', () => create('cooperation')),
            item('new-network', 'Netzwerk', () => create('network')),
            item('new-meeting', 'Treffen', () => create('meeting', { date: today() })),
            // Drawing needs the network on screen; the form above is the way by keyboard or from other views.
            ctx.state.view === 'network'
              ? item('new-draw-link', drawing ? 'Zeichnen beenden' : 'Verbindung zeichnen', () => {
                  setOpen(false);
                  toggleDrawing();
                })
              : null,
          ),
          h(
            'div',
            { className: 'field' },
            h('label', { for: 'edit-choose' }, 'Bearbeiten: Netzwerk, Treffen oder Bedarf'),
            choices
              ? h(
                  'select',
                  {
                    id: 'edit-choose',
                    onchange: (event: Event) => {
                      const picked = choices.find(
                        (c) => `${c.kind}:${c.id}` === (event.target as HTMLSelectElement).value,
                      );
                      if (!picked) return;
                      setOpen(false);
                      openEditor(ctx, forms[picked.kind], { kind: 'edit', id: picked.id });
                    },
                  },
                  h('option', { value: '' }, '– bitte wählen –'),
                  choices.map((c) => h('option', { value: `${c.kind}:${c.id}` }, c.label)),
                )
              : h(
                  'button',
                  { type: 'button', id: 'edit-choose-load', onclick: () => void loadChoices() },
                  'Liste laden',
                ),
          ),
        )
      : null,
    drawing
      ? h(
          'p',
          { className: 'drawing-hint', role: 'status', id: 'draw-hint' },
          'Ziehen Sie von einem Akteur zu einem anderen, um eine Kooperation anzulegen. Esc bricht ab. Per Tastatur: „Neu …“ → „Kooperation“.',
        )
      : null,
  );
}
