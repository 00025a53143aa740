// The explorer's start: loads the districts and the viewer, makes the view state (signals, mirrored in the URL)
// and the shared context, renders the component tree (explorer-app.ts) once and then loads the district's data into
// it; from then on the components follow the signals they read.
import { Chart } from 'chart.js';
import type { Core } from 'cytoscape';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { fetchCurrentViewer } from '../api/current-viewer';
import { loadDistrictGraph } from '../api/load-district-graph';
import { requestGraphQL } from '../api/request-graphql';
import { toDistrictModel, type DistrictModel } from '../data/district-model';
import { DistrictsDocument } from '../generated/graphql';
import { translate } from '../i18n/messages';
import { accessOf, limitState } from '../state/access';
import { parseViewState, type ViewState } from '../state/view-state';
import { createViewStore } from '../state/view-store';
import { h } from '../ui/dom';
import { createContext } from './create-context';
import { ExplorerApp, type Shell } from './explorer-app';

declare global {
  interface Window {
    /**
     * For the browser tests only (built with `--mode test`, test/explorer/explorer-server.ts): the canvases and the
     * state of the running explorer. A production build has no such global.
     */
    bildungsnetz?: {
      network(): Core | undefined;
      map(): Core | undefined;
      state(): ViewState;
      chart(canvasId: string): Chart | undefined;
    };
  }
}

export async function startApp(root: HTMLElement): Promise<void> {
  const asked = parseViewState(window.location.search);
  root.replaceChildren(
    Object.assign(document.createElement('p'), { className: 'boot', textContent: translate('loading', asked.lang) }),
  );
  const [{ districts }, viewer] = await Promise.all([requestGraphQL(DistrictsDocument, {}), fetchCurrentViewer()]);
  // What the role may see (state/access.ts): a visitor or a partner gets the public directory, and a link of the
  // staff opens there at the network.
  const access = accessOf(viewer);
  const initial = limitState(access, asked);
  const largest = [...districts].sort(
    (a, b) => b.municipalitiesConnection.aggregate.count.nodes - a.municipalitiesConnection.aggregate.count.nodes,
  )[0];
  const districtAgs = districts.some((d) => d.ags === initial.district) ? initial.district : (largest?.ags ?? '');
  if (!districtAgs) {
    root.replaceChildren(
      Object.assign(document.createElement('p'), {
        className: 'boot error',
        role: 'alert',
        textContent: translate('noDistrict', asked.lang),
      }),
    );
    return;
  }
  // Asked for first: the server works on it while the frame is drawn.
  const data = loadDistrictGraph(districtAgs, !access.staff);
  const district = districts.find((d) => d.ags === districtAgs)!;
  const store = createViewStore(initial);
  // The explorer's frame (header, panels, the network's canvas) is drawn while the district's data load, and filled
  // in once they are there (components that read ctx.model or ctx.loaded follow the signal).
  const model = signal<DistrictModel | undefined>(undefined);
  const shell: Shell = {
    ctx: createContext(store, districts, districtAgs, model, access),
    store,
    districtName: district.name,
    defaultDistrictAgs: largest?.ags ?? '',
    viewer,
    canvases: {},
    panelsFilled: signal(false),
  };
  if (import.meta.env.MODE === 'test')
    window.bildungsnetz = {
      network: () => shell.canvases.network,
      map: () => shell.canvases.map,
      state: () => store.peek(),
      chart: (canvasId) => Chart.getChart(canvasId),
    };
  root.replaceChildren();
  render(h(ExplorerApp, { shell }), root);
  try {
    model.value = toDistrictModel(districtAgs, await data);
    // The network, when shown, fills the side panels after its first drawing (network-canvas.ts); else they fill now.
    if (store.peek().view !== 'network') shell.panelsFilled.value = true;
  } catch (error) {
    render(null, root); // main.ts shows what went wrong, with a retry, instead of the frame
    throw error;
  }
}
