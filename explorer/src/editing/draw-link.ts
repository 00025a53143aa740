// Drawing a cooperation link in the network: Cytoscape's extension for it (cytoscape-edgehandles) in its draw mode,
// where a press on an actor starts a link instead of grabbing the actor (it sets the nodes ungrabbable meanwhile,
// which our own tapstart handler could not do reliably: in Chromium the drag still moved the actor). A dashed ghost
// edge follows the pointer and snaps to the actor under it; on release over another actor the extension's preview
// edge is removed again (the link is written by the form, not drawn into the canvas) and the cooperation form opens
// with both actors filled in. Escape cancels; the mode ends after one link. The keyboard way is the form itself
// ("Neu …" → "Kooperation", or "Kooperation hinzufügen" in an actor's details), with both actors picked by name.
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';

let registered = false;

const isActor = (node: NodeSingular | undefined) => !!node && node.nonempty() && node.id().startsWith('a:');
const actorIdOf = (node: NodeSingular) => node.id().slice(2);

export interface DrawnLink {
  from: string; // actor ids
  to: string;
}

/**
 * Turns drawing on in the network until one link is drawn, Escape is pressed or the returned function is called.
 * onDrawn: both actors of the drawn link; onEnd: the mode is over (after onDrawn, or cancelled).
 */
export function startDrawingLink(cy: Core, onDrawn: (link: DrawnLink) => void, onEnd: () => void): () => void {
  if (!registered) {
    cytoscape.use(edgehandles);
    registered = true;
  }
  const handles = cy.edgehandles({
    // Only actors are linked (not a municipality's group or an offer), and no actor with itself.
    canConnect: (source, target) => isActor(source) && isActor(target) && !source.same(target),
    edgeParams: () => ({ data: {}, classes: 'draw-preview' }),
    hoverDelay: 0,
    snap: true,
    snapThreshold: 8,
  });
  let cancelled = false;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    document.removeEventListener('keydown', onKey, true);
    cy.off('ehcomplete', onComplete);
    cy.off('ehstart', onStart);
    handles.disableDrawMode();
    handles.destroy();
    // Whatever the extension left (a ghost of a cancelled gesture) goes with the mode.
    cy.remove('.eh-ghost, .draw-preview');
    cy.elements('.eh-source, .eh-target, .eh-preview-active, .eh-presumptive-target').removeClass(
      'eh-source eh-target eh-preview eh-preview-active eh-presumptive-target eh-hover',
    );
    onEnd();
  };
  const onComplete = (_event: EventObject, source: NodeSingular, target: NodeSingular, added: cytoscape.Collection) => {
    added.remove();
    if (cancelled) return;
    const link = { from: actorIdOf(source), to: actorIdOf(target) };
    end();
    onDrawn(link);
  };
  // A press on a group or an offer starts no link.
  const onStart = (_event: EventObject, source: NodeSingular) => {
    if (!isActor(source)) setTimeout(() => handles.stop(), 0);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancelled = true;
    handles.stop();
    end();
  };
  cy.on('ehcomplete', onComplete as never);
  cy.on('ehstart', onStart as never);
  document.addEventListener('keydown', onKey, true);
  handles.enableDrawMode();
  return end;
}
