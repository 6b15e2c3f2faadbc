// Collections load as `items`, each item loading the paths given after "items/".
import { ClientResultImpl, Exec, PropTable, SimObject, SimNode } from './base';

export abstract class SimCollection<TItem extends SimNode, TTarget> extends SimObject<TTarget> {
  /** Item proxies for the current members, created at sync. */
  protected abstract simItems(target: TTarget, x: Exec): TItem[];

  simProps(): PropTable<TTarget> {
    return {};
  }

  get items(): TItem[] {
    return this.simRead('items') as TItem[];
  }

  override simLoad(paths: string[], x: Exec): void {
    const target = this.simResolve(x);
    if (target === null) {
      x.stage.markNull(this, true);
      return;
    }
    const ownProps = this.simProps();
    const itemPaths: string[] = [];
    for (const path of paths) {
      const head = path.split('/')[0];
      const spec = ownProps[head];
      if (spec?.get && !path.includes('/')) {
        this.simContext.requireApi(spec.api);
        x.stage.put(this, head, spec.get(target, x));
      } else if (path === 'items') continue;
      else itemPaths.push(path.startsWith('items/') ? path.slice('items/'.length) : path);
    }
    const items = this.simItems(target, x);
    for (const item of items) item.simLoad(itemPaths, x);
    x.stage.keep(this, 'items', items);
  }

  protected queueCount(name: string, count: (target: TTarget, x: Exec) => number): ClientResultImpl<number> {
    const result = new ClientResultImpl<number>(this.simTypeName);
    this.simContext.enqueue({
      label: `${this.simTypeName}.${name}`,
      payload: { o: this.simPath, m: name },
      counted: true,
      run: (x) => x.stage.result(result, count(this.simTarget(x), x)),
    });
    return result;
  }
}
