// Styles of the cards inside the shadow root (the page's CSS cannot reach them, nor they the page).
export const CARD_CSS = `
:host { all: initial; }
.layer { position: fixed; z-index: 2147483647; font: 14px/1.45 system-ui, sans-serif; color: #1d1d1f; }
.card { box-sizing: border-box; width: min(420px, calc(100vw - 24px)); max-height: min(70vh, 560px); overflow: auto;
  background: #fff; border: 1px solid #c9c9d1; border-left: 6px solid #777; border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 12px 14px; position: relative; }
.card.verdict-overstated { border-left-color: #e08a00; }
.card.verdict-misreported { border-left-color: #d0302f; }
.card.verdict-outdated { border-left-color: #6a5acd; }
.card.verdict-supported { border-left-color: #2e8b57; }
.card.trial { border-left-color: #1f6feb; }
.verdict { font-weight: 700; font-size: 15px; margin-right: 24px; }
.meaning { font-weight: 400; color: #555; }
blockquote { margin: 8px 0; padding-left: 8px; border-left: 3px solid #ddd; color: #333; white-space: pre-wrap; }
ul { margin: 6px 0; padding-left: 18px; } li { margin: 2px 0; }
p { margin: 6px 0; }
h2 { font-size: 16px; margin: 6px 0 2px; }
.chain { margin-top: 8px; padding: 8px; background: #f5f6f8; border-radius: 6px; }
.facts, .ids, .reviewed { color: #444; font-size: 13px; }
.level { font-style: italic; margin-top: 4px; }
a { color: #0b57d0; }
.close { position: absolute; top: 6px; right: 8px; border: 0; background: transparent; font-size: 18px; cursor: pointer; color: #555; }
.close:focus-visible, a:focus-visible { outline: 2px solid #1f6feb; }
`;
