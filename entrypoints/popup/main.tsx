import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/popup/App';
import { mountPage } from '../../src/ui/mount';
import '../../src/ui/styles.css';

mountPage((root) => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}, 'popupTitle');
