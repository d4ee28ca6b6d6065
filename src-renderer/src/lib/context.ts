import { getContext, setContext } from 'svelte';
import type { CompanionStore } from '../state.svelte';

const STORE = Symbol('companion-store');

export function provideStore(store: CompanionStore): void {
  setContext(STORE, store);
}

export function useStore(): CompanionStore {
  const store = getContext<CompanionStore | undefined>(STORE);
  if (!store) throw new Error('useStore() needs provideStore() in a parent component.');
  return store;
}
