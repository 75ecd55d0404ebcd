import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/welcome/App';
import { mountPage } from '../../src/ui/mount';
import '../../src/ui/styles.css';
import '../../src/welcome/welcome.css';

mountPage((root) => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}, 'welcomeTitle');
