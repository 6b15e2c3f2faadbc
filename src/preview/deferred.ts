import type { AddinActions } from '../excel/types';
import type { ApiLevel } from '../sim/apiLevels';
import type { SimSession } from './session';

export function loadSession(level: ApiLevel): Promise<SimSession> {
  return import(/* webpackChunkName: "simulator" */ './session').then((m) => m.startSession(level));
}

/** Actions usable at once: each waits for the simulator to have loaded (the pane shows its Spinner meanwhile). */
export function deferredActions(session: Promise<SimSession>): AddinActions {
  const ready = session.then((s) => s.actions);
  return {
    insertTemplate: async (o) => (await ready).insertTemplate(o),
    checkScores: async () => (await ready).checkScores(),
    highlightBelowMax: async () => (await ready).highlightBelowMax(),
    clearHighlight: async () => (await ready).clearHighlight(),
    generatePlan: async (o) => (await ready).generatePlan(o),
    selectCell: async (address) => (await ready).selectCell(address),
    fixTextNumbers: async () => (await ready).fixTextNumbers(),
    planDocument: async (o) => (await ready).planDocument(o),
  };
}
