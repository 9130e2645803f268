import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Checker } from '../../src/ui/pages/Checker';
import { applyVerdictStyles } from '../../src/ui/pages/verdict-styles';
import '../../src/ui/views.css';
import '../../src/ui/pages/pages.css';

applyVerdictStyles(document);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Checker />
  </StrictMode>,
);
