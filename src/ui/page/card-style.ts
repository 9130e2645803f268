// Styles of the cards inside the shadow root (the page's CSS cannot reach them, nor they the page).
// Written compactly: this string ships in the content script of every page.
import { cardVerdictCss } from '../verdict-style';

// The host sits fixed at the viewport's corner, so focusing a card can never scroll the page to it.
export const CARD_CSS =
  ':host{all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647}' +
  '.layer{position:fixed;z-index:2147483647;font:15px/1.45 system-ui,sans-serif;color:#1d1d1f}' +
  '.card{box-sizing:border-box;width:420px;max-height:560px;overflow:auto;background:#fff;border:1px solid #c9c9d1;border-left:6px solid #767676;border-radius:8px;box-shadow:0 8px 28px #00000038;padding:10px 14px;position:relative}' +
  '.card:focus{outline:0}.card:focus-visible{outline:3px solid #1f6feb;outline-offset:1px}.trial{border-left-color:#1f6feb}' +
  '.head{margin:0 28px 4px 0;display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}' +
  '.verdict{font-weight:700;font-size:13px;text-transform:uppercase;padding:1px 6px;border-radius:4px;color:#fff;background:#595959}.verdict-study{background:#1f5fc4}' +
  '.meaning{color:#444;font-size:14px}blockquote{margin:6px 0;padding-left:8px;border-left:3px solid #ccc;color:#222}' +
  'ul{margin:6px 0;padding-left:18px}li{margin:3px 0}p{margin:6px 0}h2{font-size:17px;margin:6px 0 2px}' +
  '.chain{margin-top:8px;padding:4px 10px;background:#f3f4f7;border-radius:6px}.facts,.ids,.keys{color:#444;font-size:13px}.level{font-style:italic}' +
  '.suggestion{background:#eef6ee;padding:4px 8px;border-radius:4px}a{color:#0b57d0}' +
  '.foot{display:flex;gap:10px;align-items:center;flex-wrap:wrap;margin-top:10px}' +
  'button{font:inherit;font-size:14px;padding:3px 10px;border-radius:6px;border:1px solid #8a8a96;background:#f7f7fa;color:#1d1d1f;cursor:pointer}' +
  '.close{position:absolute;top:4px;right:6px;border:0;background:0 0;font-size:20px;line-height:1;padding:4px 8px;color:#444}' +
  '.tab{background:#1f5fc4;color:#fff;border:0;box-shadow:0 4px 14px #00000040;padding:6px 12px}' +
  'button:focus-visible,a:focus-visible{outline:3px solid #1f6feb;outline-offset:1px}' +
  cardVerdictCss();
