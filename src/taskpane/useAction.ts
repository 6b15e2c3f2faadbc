import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '../engine/types';
import { errorCodeOf, userMessageOf } from './errors';

export interface ActionState<R> {
  busy: boolean;
  result: R | null;
  error: Message | null;
  /** AddinError's code, so a caller can treat an expected state (no template yet) differently. */
  errorCode: string | null;
}

export interface ActionHandle<A extends unknown[], R> extends ActionState<R> {
  /** Runs the action; resolves to its result, or null when it failed (the failure is in `error`). */
  run: (...args: A) => Promise<R | null>;
  dismissError: () => void;
  reset: () => void;
}

const IDLE = { busy: false, result: null, error: null, errorCode: null };

/** Turns an action into busy/result/error state. Every failure lands in `error`: nothing is swallowed. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): ActionHandle<A, R> {
  const [state, setState] = useState<ActionState<R>>(IDLE);
  // The latest action without making `run` change identity on every render.
  const actionRef = useRef(action);
  useEffect(() => {
    actionRef.current = action;
  }, [action]);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<R | null> => {
    setState((s) => ({ ...s, busy: true, error: null, errorCode: null }));
    try {
      const result = await actionRef.current(...args);
      if (mounted.current) setState({ busy: false, result, error: null, errorCode: null });
      return result;
    } catch (error: unknown) {
      if (mounted.current) {
        setState({
          busy: false,
          result: null,
          error: userMessageOf(error),
          errorCode: errorCodeOf(error) ?? null,
        });
      }
      return null;
    }
  }, []);
  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null, errorCode: null })), []);
  const reset = useCallback(() => setState(IDLE), []);
  return { ...state, run, dismissError, reset };
}
