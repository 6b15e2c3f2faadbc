// The RequestContext: a queue of actions carried out, in order, at context.sync().
import { ApiLevel, API_LEVEL_MINOR, API_REQUIREMENTS, requireApi } from '../apiLevels';
import { simError } from '../errors';
import type { WorkbookModel } from '../model/workbook';
import { Exec, Stage } from './base';
import { SimWorkbook } from './workbook';

export interface Action {
  label: string;
  /** What Office.js would serialize for this action; its JSON length is the request-size estimate. */
  payload: unknown;
  /** Whether it counts toward meters.ops (method calls and property sets do, loads do not). */
  counted: boolean;
  run(x: Exec): void;
}

export interface SimMeters {
  syncs: number;
  ops: number;
  maxPayloadBytes: number;
  reset(): void;
}

export interface SimHost {
  readonly wb: WorkbookModel;
  readonly apiLevel: ApiLevel;
  readonly payloadLimitBytes: number;
  readonly faults: { cellEditMode: boolean };
  readonly meters: SimMeters;
  notifyChange(): void;
}

export class SimContext {
  readonly workbook: SimWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Action[] = [];

  constructor(readonly host: SimHost) {
    this.workbook = new SimWorkbook(this);
  }

  get requestContext(): unknown {
    return this;
  }

  get application(): unknown {
    return this.workbook.application;
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  supports(member: string | undefined): boolean {
    if (member === undefined) return true;
    const needed = API_REQUIREMENTS[member];
    return needed === undefined || needed <= API_LEVEL_MINOR[this.host.apiLevel];
  }

  requireApi(member: string | undefined): void {
    if (member !== undefined) requireApi(this.host.apiLevel, member);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** Objects from another Excel.run cannot be passed in, as in Office.js. */
  checkSameContext(other: { simContext: SimContext }, location: string): void {
    if (other.simContext !== this) throw simError('InvalidRequestContext', location);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    const { host } = this;
    host.meters.syncs += 1;
    await Promise.resolve();
    if (host.faults.cellEditMode) throw simError('InvalidOperationInCellEditMode', 'RequestContext.sync');
    const requestBytes = actions.reduce((n, a) => n + JSON.stringify(a.payload ?? null).length + 16, 0);
    host.meters.maxPayloadBytes = Math.max(host.meters.maxPayloadBytes, requestBytes);
    if (requestBytes > host.payloadLimitBytes) {
      throw simError('RequestPayloadSizeLimitExceeded', 'RequestContext.sync');
    }
    const stage = new Stage();
    const x: Exec = { wb: host.wb, stage };
    let failure: unknown = null;
    for (const action of actions) {
      try {
        action.run(x);
        if (action.counted) host.meters.ops += 1;
      } catch (e) {
        failure = e;
        break;
      }
    }
    host.meters.maxPayloadBytes = Math.max(host.meters.maxPayloadBytes, stage.responseBytes);
    if (failure === null && stage.responseBytes > host.payloadLimitBytes) {
      failure = simError('ResponsePayloadSizeLimitExceeded', 'RequestContext.sync');
    }
    host.wb.calcSuspended = false;
    host.wb.ensureCalculated();
    host.notifyChange();
    if (failure !== null) throw failure;
    stage.commit();
    return passThroughValue as T;
  }
}
