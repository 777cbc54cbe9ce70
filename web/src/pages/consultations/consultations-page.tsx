/** Everything under /consultations: the list, 发起咨询 (/consultations/new) and a thread (/consultations/:id). */
import { can } from '@envgrid/core';
import { Route, Routes } from 'react-router-dom';
import { useMe } from '../../auth/auth-context.tsx';
import { ForbiddenPage } from '../error-pages.tsx';
import { AskForm } from './ask-form.tsx';
import { ConsultationList } from './consultation-list.tsx';
import { ConsultationThreadPage } from './consultation-thread.tsx';

export function ConsultationsPage() {
  const { user } = useMe();
  return (
    <Routes>
      <Route index element={<ConsultationList />} />
      <Route path="new" element={can(user, 'consultations.ask') ? <AskForm /> : <ForbiddenPage />} />
      <Route path=":id" element={<ConsultationThreadPage />} />
    </Routes>
  );
}
