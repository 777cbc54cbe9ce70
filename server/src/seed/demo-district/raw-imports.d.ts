/** Vite/Vitest `?raw` imports (tests load reference data files as text this way). */
declare module '*?raw' {
  const text: string;
  export default text;
}
