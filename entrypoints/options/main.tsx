import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Options } from '../../src/ui/pages/Options';
import '../../src/ui/views.css';
import '../../src/ui/pages/pages.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
