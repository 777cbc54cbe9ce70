/** While a printable sheet (.eg-sheet) is open, the browser's print shows the sheet alone. */
import { useEffect } from 'react';
import './print-sheet.css';

export function usePrintSheet(): void {
  useEffect(() => {
    document.body.classList.add('eg-printing-sheet');
    return () => document.body.classList.remove('eg-printing-sheet');
  }, []);
}
