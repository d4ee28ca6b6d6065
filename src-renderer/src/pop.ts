import { mount } from 'svelte';
import './styles/app.css';
import PopApp from './PopApp.svelte';
import { companionApi } from './lib/companion';
import { PopStore } from './pop-store.svelte';

const target = document.getElementById('app');
if (target) {
  const store = new PopStore(companionApi());
  mount(PopApp, { target, props: { store } });
  void store.start();
}
