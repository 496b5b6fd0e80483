import { render } from 'preact';
import './styles.css';
import { loadConfig } from './config';
import { App } from './ui/App';

const root = document.getElementById('app')!;
loadConfig().then(
  (config) => render(<App config={config} />, root),
  (error: Error) => {
    root.textContent = `The desktop cannot start: ${error.message}`;
    root.setAttribute('role', 'alert');
  },
);
