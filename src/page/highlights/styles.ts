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
.mark[data-severity="hint"] { --c: #3563c9; }
.mark[data-severity="warning"] { --c: #b86e00; }
.mark[data-severity="alert"] { --c: #c0302b; }
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
.mark-logo { flex: none; }
.mark-logo .bubble { fill: #1f7a70; }
.mark-logo .dots { fill: #ffffff; }
.severity { margin-left: auto; padding: 1px 7px; border-radius: 999px; font-size: 11px; font-weight: 600;
  color: var(--sev-text); background: var(--sev-bg); border: 1px solid var(--sev-text); }
.card[data-severity="hint"] { --sev-text: #2f5bb7; --sev-bg: #eef3fd; }
.card[data-severity="warning"] { --sev-text: #8a4f00; --sev-bg: #fdf4e6; }
.card[data-severity="alert"] { --sev-text: #b3261e; --sev-bg: #fdeeed; }
.quote { margin: 0 0 4px; font-weight: 600; color: #1f2330; overflow-wrap: anywhere; }
.reason { margin: 0 0 8px; color: #2b3040; }
.alts { display: flex; flex-direction: column; gap: 4px; margin: 0 0 8px; }
button { font: inherit; cursor: pointer; border-radius: 7px; }
.alt { display: flex; flex-direction: column; gap: 2px; text-align: left; padding: 6px 9px;
  border: 1px solid rgba(60, 100, 200, .25); background: #f3f6fd; color: #1f2330; }
.alt-label { font-size: 11px; font-weight: 600; color: #35447a; }
.preview { overflow-wrap: anywhere; }
.preview del { color: #8c1d18; text-decoration: line-through; text-decoration-thickness: 1.5px; }
.preview ins { color: #0f5132; background: #d9f2e3; text-decoration: none; border-radius: 3px; padding: 0 1px; }
.alt:hover { background: #e4ebfb; border-color: rgba(60, 100, 200, .6); }
button:focus-visible { outline: 2px solid #1f7a70; outline-offset: 2px; box-shadow: 0 0 0 4px rgba(31, 122, 112, .25); }
.foot { display: flex; gap: 4px; flex-wrap: wrap; align-items: center; border-top: 1px solid rgba(20, 24, 40, .08); padding-top: 6px; }
.link { border: 0; background: transparent; color: #4f556b; padding: 3px 6px; font-size: 12px; }
.link:hover { background: rgba(20, 24, 40, .06); color: #1f2330; }
.confirm { margin: 0; flex: 1 1 auto; font-size: 12px; color: #1f2330; }
.undo { font-weight: 600; color: #17605a; }
.shortcut { margin: 6px 0 0; font-size: 11px; color: #5a6078; }
.status { margin: 6px 0 0; font-size: 12px; color: #2e6b3a; }
.status:empty { display: none; }
.gentle-open { width: 100%; margin: 0 0 8px; padding: 6px 9px; border: 1px solid rgba(31, 122, 112, .45); background: #eaf6f4;
  color: #145a53; font-weight: 600; text-align: center; }
.gentle-open:hover { background: #d8efeb; }
.card.gentle { width: min(520px, calc(100vw - 16px)); max-width: min(520px, calc(100vw - 16px)); max-height: calc(100vh - 16px);
  overflow: auto; }
.gentle-tone { margin: 0 0 6px; font-size: 12px; color: #4a5068; }
.gentle-diff { margin: 0 0 8px; padding: 8px 10px; border-radius: 7px; background: #f6f7fa; white-space: pre-wrap;
  max-height: 40vh; overflow: auto; }
.gentle-choices { display: flex; flex-direction: column; gap: 6px; margin: 0 0 8px; }
.gentle-choices[hidden] { display: none; }
.gentle-choice { display: flex; flex-direction: column; gap: 2px; font-size: 12px; }
.gentle-phrase { font-weight: 600; color: #35447a; overflow-wrap: anywhere; }
select, textarea { font: inherit; color: inherit; background: #fff; border: 1px solid rgba(20, 24, 40, .25); border-radius: 6px; }
select { padding: 3px 4px; max-width: 100%; }
.gentle-label { display: flex; flex-direction: column; gap: 2px; margin: 0 0 6px; font-size: 12px; color: #4a5068; }
.gentle-text { box-sizing: border-box; width: 100%; padding: 6px 8px; resize: vertical; font-size: 13px; color: #1f2330; }
.gentle-note { margin: 0 0 6px; font-size: 11px; color: #5a6078; }
.gentle-note[hidden] { display: none; }
.primary { border: 1px solid #1f7a70; background: #1f7a70; color: #fff; padding: 5px 12px; font-size: 12px; font-weight: 600; }
.primary:hover { background: #17605a; }
.primary:disabled { opacity: .6; cursor: default; }
select:focus-visible, textarea:focus-visible { outline: 2px solid #1f7a70; outline-offset: 1px; }

.dark.card { color: #e7e9f0; background: #23262f; border-color: rgba(255, 255, 255, .12);
  box-shadow: 0 6px 24px rgba(0, 0, 0, .5); }
.dark .head { color: #aab0c4; }
.dark .quote { color: #f1f2f6; }
.dark .reason { color: #d9dce6; }
.dark.card[data-severity="hint"] { --sev-text: #9dbbff; --sev-bg: #26304a; }
.dark.card[data-severity="warning"] { --sev-text: #f5c063; --sev-bg: #3a3020; }
.dark.card[data-severity="alert"] { --sev-text: #ff9c97; --sev-bg: #40272a; }
.dark .mark-logo .bubble { fill: #5cc3b5; }
.dark .mark-logo .dots { fill: #13201e; }
.dark .alt { background: #2c3342; color: #e7e9f0; border-color: rgba(140, 170, 255, .3); }
.dark .alt-label { color: #b9c6f0; }
.dark .preview del { color: #ffb4ae; }
.dark .preview ins { color: #c8f5d8; background: #1d4a33; }
.dark .alt:hover { background: #35405a; }
.dark button:focus-visible { outline-color: #5cc3b5; box-shadow: 0 0 0 4px rgba(92, 195, 181, .3); }
.dark .foot { border-color: rgba(255, 255, 255, .1); }
.dark .link { color: #b3b9cc; }
.dark .link:hover { background: rgba(255, 255, 255, .08); color: #fff; }
.dark .confirm { color: #e7e9f0; }
.dark .undo { color: #7fd8cc; }
.dark .shortcut { color: #a5abbf; }
.dark .status { color: #8fd39c; }
.dark .gentle-open { background: #1d3a37; color: #9fe3d9; border-color: rgba(92, 195, 181, .5); }
.dark .gentle-tone, .dark .gentle-label, .dark .gentle-note { color: #aab0c4; }
.dark .gentle-diff { background: #2a2e39; }
.dark .gentle-phrase { color: #b9c6f0; }
.dark select, .dark textarea, .dark .gentle-text { background: #2c3342; color: #e7e9f0; border-color: rgba(255, 255, 255, .2); }
.dark-marks .mark[data-severity="hint"] { --c: #8fb0ff; }
.dark-marks .mark[data-severity="warning"] { --c: #f2b84b; }
.dark-marks .mark[data-severity="alert"] { --c: #ff8a85; }
`;
