/** Styles of everything inside the heard-ui shadow root (underlines, mirror, card). Light and dark. */
export const UI_CSS = `
:host { all: initial; position: fixed !important; left: 0 !important; top: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; pointer-events: none !important;
  display: block !important; }
.layer { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.mark { position: absolute; pointer-events: none; height: 7px; overflow: hidden; opacity: .95; --c: #5b7fd6; }
.mark::after { content: "${'\\00a0'.repeat(400)}"; display: block; white-space: pre; color: transparent;
  font: 16px/4px monospace; text-decoration: underline wavy var(--c); text-decoration-thickness: 1.75px;
  text-underline-offset: 0; text-decoration-skip-ink: none; margin-top: -6.5px; }
.mark[data-severity="hint"] { --c: #5b7fd6; opacity: .7; }
.mark[data-severity="warning"] { --c: #d08a1e; }
.mark[data-severity="alert"] { --c: #d4504f; }
.mark.active { opacity: 1; }
.mirror { position: fixed; left: 0; top: 0; visibility: hidden; pointer-events: none; overflow: hidden;
  border-style: solid; border-color: transparent; margin: 0; box-sizing: content-box; }
.mirror-inner { position: relative; display: block; }

.card { position: fixed; pointer-events: auto; box-sizing: border-box; width: max-content; max-width: min(340px, calc(100vw - 16px));
  min-width: 220px; padding: 12px 12px 10px; border-radius: 10px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2330; background: #ffffff; border: 1px solid rgba(20, 24, 40, .12);
  box-shadow: 0 6px 24px rgba(20, 24, 40, .16), 0 1px 3px rgba(20, 24, 40, .08); text-align: left; }
.card[hidden] { display: none; }
.head { display: flex; align-items: center; gap: 6px; margin: 0 0 4px; font-weight: 600; font-size: 12px;
  letter-spacing: .02em; color: #4a5068; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--c, #5b7fd6); flex: none; }
.reason { margin: 0 0 8px; color: #2b3040; }
.alts { display: flex; flex-direction: column; gap: 4px; margin: 0 0 8px; }
button { font: inherit; cursor: pointer; border-radius: 7px; }
.alt { text-align: left; padding: 6px 9px; border: 1px solid rgba(60, 100, 200, .25); background: #f3f6fd; color: #1d3b84; }
.alt:hover, .alt:focus-visible { background: #e4ebfb; outline: none; border-color: rgba(60, 100, 200, .6); }
.foot { display: flex; gap: 4px; flex-wrap: wrap; border-top: 1px solid rgba(20, 24, 40, .08); padding-top: 6px; }
.link { border: 0; background: transparent; color: #5a6078; padding: 3px 6px; font-size: 12px; }
.link:hover, .link:focus-visible { background: rgba(20, 24, 40, .06); color: #1f2330; outline: none; }
.status { margin: 6px 0 0; font-size: 12px; color: #2e6b3a; }
.status:empty { display: none; }

.dark.card { color: #e7e9f0; background: #23262f; border-color: rgba(255, 255, 255, .12);
  box-shadow: 0 6px 24px rgba(0, 0, 0, .5); }
.dark .head { color: #aab0c4; }
.dark .reason { color: #d9dce6; }
.dark .alt { background: #2c3342; color: #c9d6ff; border-color: rgba(140, 170, 255, .3); }
.dark .alt:hover, .dark .alt:focus-visible { background: #35405a; }
.dark .foot { border-color: rgba(255, 255, 255, .1); }
.dark .link { color: #a5abbf; }
.dark .link:hover, .dark .link:focus-visible { background: rgba(255, 255, 255, .08); color: #fff; }
.dark .status { color: #8fd39c; }
.dark-marks .mark[data-severity="hint"] { --c: #8aa6f0; }
.dark-marks .mark[data-severity="warning"] { --c: #f0b04a; }
.dark-marks .mark[data-severity="alert"] { --c: #ff7b7a; }
`;
