import { mount } from 'svelte';
import './styles/app.css';
import PopApp from './PopApp.svelte';
import { companionApi } from './lib/companion';
import { CompanionStore } from './state.svelte';

const target = document.getElementById('app');
if (target) {
  const store = new CompanionStore(companionApi());
  mount(PopApp, { target, props: { store } });
  void store.start();
}
