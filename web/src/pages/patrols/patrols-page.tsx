/** Everything under /patrols: the patrol screen (巡查 / 稽查). */
import { Route, Routes } from 'react-router-dom';
import { PatrolScreen } from './patrol-screen.tsx';

export function PatrolsPage() {
  return (
    <Routes>
      <Route index element={<PatrolScreen />} />
    </Routes>
  );
}
