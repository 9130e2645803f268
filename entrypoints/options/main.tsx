import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Options } from '../../src/ui/pages/Options';
import { applyVerdictStyles } from '../../src/ui/pages/verdict-styles';
import '../../src/ui/views.css';
import '../../src/ui/pages/pages.css';

applyVerdictStyles(document);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
