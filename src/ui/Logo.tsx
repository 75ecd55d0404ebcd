/** Heard's mark: a rounded speech bubble in calm teal (the same shape as the toolbar icon). */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path
        d="M8 4h16a6 6 0 0 1 6 6v8a6 6 0 0 1-6 6H14.5l-6.2 4.6A1 1 0 0 1 6.7 27.8V23.6A6 6 0 0 1 2 18v-8a6 6 0 0 1 6-6z"
        fill="var(--accent)"
      />
      <circle cx="10.5" cy="14" r="1.9" fill="var(--on-accent)" />
      <circle cx="16" cy="14" r="1.9" fill="var(--on-accent)" />
      <circle cx="21.5" cy="14" r="1.9" fill="var(--on-accent)" />
    </svg>
  );
}
