// Proxy objects with Office.js semantics: reads need load + sync, writes are queued until sync.
import { invalidArgument, propertyNotLoaded, simError } from '../errors';
import type { WorkbookModel } from '../model/workbook';
import type { SimContext } from './context';

/** Sync-time state shared by the queued actions of one context.sync(). */
export interface Exec {
  wb: WorkbookModel;
  stage: Stage;
}

export interface PropSpec<T> {
  get?: (target: T, x: Exec) => unknown;
  set?: (target: T, value: unknown, x: Exec) => void;
  /** Key in API_REQUIREMENTS when the member is newer than ExcelApi 1.1. */
  api?: string;
}

export type PropTable<T> = Readonly<Record<string, PropSpec<T>>>;

/** What staging and load navigation need from any proxy, whatever its target type. */
export interface SimNode {
  readonly simContext: SimContext;
  readonly simPath: string;
  readonly simTypeName: string;
  simLoad(paths: string[], x: Exec): void;
  set(properties: unknown): void;
  commitValues(values: Map<string, unknown>): void;
  commitNull(isNull: boolean): void;
}

/** Loaded values wait here until the whole sync succeeds, so a failed sync delivers nothing. */
export class Stage {
  responseBytes = 0;
  private readonly values = new Map<SimNode, Map<string, unknown>>();
  private readonly nulls = new Map<SimNode, boolean>();
  private readonly results: Array<[ClientResultImpl<unknown>, unknown]> = [];

  put(obj: SimNode, name: string, value: unknown): void {
    const json = JSON.stringify(value ?? null);
    // Objects go through JSON, as over the wire, so later model changes never show through.
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    this.keep(obj, name, isObject ? (JSON.parse(json) as unknown) : value);
    this.responseBytes += json.length + name.length + 4;
  }

  /** Stores a value without charging response bytes (collections' item proxies are counted per item). */
  keep(obj: SimNode, name: string, value: unknown): void {
    let map = this.values.get(obj);
    if (!map) this.values.set(obj, (map = new Map()));
    map.set(name, value);
    this.nulls.set(obj, false);
  }

  markNull(obj: SimNode, isNull: boolean): void {
    this.nulls.set(obj, isNull);
  }

  result(result: ClientResultImpl<unknown>, value: unknown): void {
    this.results.push([result, value]);
    this.responseBytes += JSON.stringify(value ?? null).length;
  }

  commit(): void {
    for (const [obj, isNull] of this.nulls) obj.commitNull(isNull);
    for (const [obj, map] of this.values) obj.commitValues(map);
    for (const [result, value] of this.results) result.commitValue(value);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Normalizes every load() argument form Office.js accepts into "a/b/c" property paths. */
export function loadPaths(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string') {
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (isRecord(spec)) {
    if ('select' in spec || 'expand' in spec) return [...loadPaths(spec.select), ...loadPaths(spec.expand)];
    const out: string[] = [];
    for (const [key, value] of Object.entries(spec)) {
      if (key.startsWith('$')) continue;
      if (value === true) out.push(key);
      else if (isRecord(value)) {
        const inner = loadPaths(value);
        out.push(...(inner.length > 0 ? inner.map((p) => `${key}/${p}`) : [key]));
      }
    }
    return out;
  }
  throw invalidArgument('ClientObject.load', 'load takes a string, an array of strings or an options object');
}

export abstract class SimObject<T> implements SimNode {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly simContext: SimContext,
    readonly simPath: string,
  ) {}

  abstract get simTypeName(): string;
  /** The model object this proxy stands for; null for a null object; throws ItemNotFound-style errors. */
  abstract simResolve(x: Exec): T | null;
  abstract simProps(): PropTable<T>;

  /** Navigation properties reachable in load paths ("format/fill/color"). */
  simChild(_name: string): SimNode | undefined {
    return undefined;
  }

  get context(): unknown {
    return this.simContext.requestContext;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.simTypeName, 'isNullObject');
    return this.nullState;
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.simContext.enqueue({
      label: `${this.simTypeName}.load`,
      payload: { o: this.simPath, load: paths },
      counted: false,
      run: (x) => {
        x.wb.ensureCalculated();
        this.simLoad(paths, x);
      },
    });
    return this;
  }

  /** Office.js set(): assigns several properties (and nested ones) at once. */
  set(properties: unknown): void {
    if (!isRecord(properties)) throw invalidArgument(`${this.simTypeName}.set`);
    for (const [key, value] of Object.entries(properties)) {
      const child = this.simChild(key);
      if (child && isRecord(value)) child.set(value);
      else Reflect.set(this, key, value);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  simTarget(x: Exec): T {
    const target = this.simResolve(x);
    if (target === null)
      throw simError('ItemNotFound', this.simTypeName, `${this.simPath} is a null object.`);
    return target;
  }

  simLoad(paths: string[], x: Exec): void {
    const target = this.simResolve(x);
    if (target === null) {
      x.stage.markNull(this, true);
      return;
    }
    x.stage.markNull(this, false);
    const props = this.simProps();
    const wanted =
      paths.length > 0
        ? paths
        : Object.keys(props).filter((k) => {
            const spec = props[k];
            return spec.get && this.simContext.supports(spec.api);
          });
    for (const path of wanted) {
      const slash = path.indexOf('/');
      const head = slash < 0 ? path : path.slice(0, slash);
      const rest = slash < 0 ? [] : [path.slice(slash + 1)];
      const spec = props[head];
      if (slash < 0 && spec?.get) {
        this.simContext.requireApi(spec.api);
        x.stage.put(this, head, spec.get(target, x));
        continue;
      }
      const child = this.simChild(head);
      if (!child)
        throw invalidArgument(`${this.simTypeName}.load`, `${this.simTypeName} has no property '${head}'`);
      child.simLoad(rest, x);
    }
  }

  simRead(name: string): unknown {
    if (this.nullState === true) return undefined;
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.simTypeName, name);
    return this.loaded.get(name);
  }

  simForget(name: string): void {
    this.loaded.delete(name);
  }

  commitValues(values: Map<string, unknown>): void {
    for (const [k, v] of values) this.loaded.set(k, v);
  }

  commitNull(isNull: boolean): void {
    this.nullState = isNull;
  }

  /** Queues an action (method call) that runs against the resolved target at sync. */
  protected queueMethod(name: string, args: unknown[], run: (target: T, x: Exec) => void): void {
    this.simContext.enqueue({
      label: `${this.simTypeName}.${name}`,
      payload: { o: this.simPath, m: name, a: args },
      counted: true,
      run: (x) => run(this.simTarget(x), x),
    });
  }

  /** Lets getItemOrNullObject-style proxies report isNullObject after the next sync without a load. */
  protected queueProbe(): void {
    this.simContext.enqueue({
      label: `${this.simTypeName}.probe`,
      payload: { o: this.simPath },
      counted: false,
      run: (x) => x.stage.markNull(this, this.simResolve(x) === null),
    });
  }
}

/** Installs Office.js-style accessors for a table of properties on a proxy class. */
export function installProps<T>(proto: SimObject<T>, table: PropTable<T>): void {
  for (const [name, spec] of Object.entries(table)) {
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: true,
      get(this: SimObject<T>) {
        this.simContext.requireApi(spec.api);
        return this.simRead(name);
      },
      set: spec.set
        ? function (this: SimObject<T>, value: unknown) {
            this.simContext.requireApi(spec.api);
            const setter = spec.set;
            if (!setter) return;
            // Stricter than Office.js, which echoes the assigned value: code must load what it reads.
            this.simForget(name);
            this.simContext.enqueue({
              label: `${this.simTypeName}.${name}`,
              payload: { o: this.simPath, p: name, v: value },
              counted: true,
              run: (x) => setter(this.simTarget(x), value, x),
            });
          }
        : undefined,
    });
  }
}

/** OfficeExtension.ClientResult: value readable after the sync that carried the call. */
export class ClientResultImpl<V> {
  private state: { value: V } | undefined;

  constructor(private readonly typeName: string) {}

  get value(): V {
    if (!this.state) throw propertyNotLoaded(this.typeName, 'value');
    return this.state.value;
  }

  commitValue(value: unknown): void {
    this.state = { value: value as V };
  }
}
