import { mount } from 'svelte';
import './styles/app.css';
import App from './App.svelte';
import { companionApi } from './lib/companion';
import { CompanionStore } from './state.svelte';

const target = document.getElementById('app');
if (target) {
  const store = new CompanionStore(companionApi());
  mount(App, { target, props: { store } });
  void store.start();
}
