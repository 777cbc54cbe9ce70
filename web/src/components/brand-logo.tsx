/** The envgrid mark: a unit grid with a leaf. Inline SVG, so it needs no request. */
export function BrandLogo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#0f7b6c" />
      <path d="M8 8h16v16H8z" fill="none" stroke="#fff" strokeOpacity=".45" strokeWidth="1.5" />
      <path d="M16 8v16M8 16h16" stroke="#fff" strokeOpacity=".45" strokeWidth="1.5" />
      <path d="M11 21c0-6 4-10 11-11-1 7-5 11-11 11z" fill="#fff" />
    </svg>
  );
}
