// A partner person's own offers, above the directory's list: the offers its organisation provides, each opening its
// details, where "Bearbeiten" opens the offer form (editing/edit-controls.ts); or its partner system pushes them
// (upsertOffers). Either way the API restricts the writes to its own organisation.
import type { AppContext } from '../state/app-context';
import { accessText } from '../i18n/access-messages';
import { enumLabel, offerStatusLabels } from '../i18n/enum-labels';
import { formatDate, formatNumber, h, type Child } from '../ui/dom';

export function OwnOffers({ ctx }: { ctx: AppContext }): Child {
  const { lang, t } = ctx;
  const own = ctx.access.ownActorId;
  if (!own) return null;
  const organisation = ctx.model.actors.get(own);
  const offers = [...(ctx.model.offersByProvider.get(own) ?? [])].sort((a, b) => a.title.localeCompare(b.title, 'de'));
  return h(
    'section',
    { className: 'table-section own-offers', 'data-testid': 'own-offers', 'aria-labelledby': 'own-offers-title' },
    h(
      'h2',
      { id: 'own-offers-title' },
      `${accessText('ownOffers', lang)}${organisation ? ` – ${organisation.name}` : ''} `,
      h('span', { className: 'muted' }, `(${formatNumber(offers.length, lang)})`),
    ),
    h('p', { className: 'muted' }, accessText(offers.length > 0 ? 'ownOffersIntro' : 'ownOffersNone', lang)),
    offers.length > 0
      ? h(
          'ul',
          { className: 'list' },
          offers.map((offer) =>
            h(
              'li',
              { key: offer.id, 'data-id': offer.id },
              h(
                'button',
                { type: 'button', className: 'link', onclick: () => ctx.set({ selected: `o:${offer.id}` }) },
                offer.title,
              ),
              h(
                'span',
                { className: 'muted' },
                ` · ${enumLabel(offerStatusLabels, offer.status, lang)} · ${t('start')} ${formatDate(offer.startDate, lang)} · ${t('freePlaces')}: ${formatNumber(offer.freePlaces, lang)}`,
              ),
            ),
          ),
        )
      : null,
  );
}
