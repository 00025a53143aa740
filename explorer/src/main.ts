// The explorer's entry point.
import './styles.css';
import { startApp } from './app/start-app';

const root = document.getElementById('app')!;
startApp(root).catch((error: unknown) => {
  console.error(error);
  root.replaceChildren(Object.assign(document.createElement('p'), { className: 'boot error', role: 'alert', textContent: `Bildungsnetz: ${error instanceof Error ? error.message : String(error)}` }));
});
