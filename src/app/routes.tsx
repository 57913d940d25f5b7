import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundScreen } from '../components/not-found-screen';
import { HomeScreen } from '../features/course/home-screen';
import { AppLayout } from './app-layout';

// Screens other than home load as their own chunks.
const LectureRoute = lazy(() => import('./lecture-route').then((m) => ({ default: m.LectureRoute })));
const CaseBankScreen = lazy(() =>
  import('../features/quiz/case-bank-screen').then((m) => ({ default: m.CaseBankScreen })),
);
const CaseScreen = lazy(() => import('../features/quiz/case-screen').then((m) => ({ default: m.CaseScreen })));
const ExamScreen = lazy(() => import('../features/quiz/exam-screen').then((m) => ({ default: m.ExamScreen })));
const HandbookScreen = lazy(() =>
  import('../features/handbook/handbook-screen').then((m) => ({ default: m.HandbookScreen })),
);
const ClassroomScreen = lazy(() =>
  import('../features/presenter/classroom/classroom-screen').then((m) => ({ default: m.ClassroomScreen })),
);
const AudienceRoute = lazy(() => import('./deck-routes').then((m) => ({ default: m.AudienceRoute })));
const PresenterRoute = lazy(() => import('./deck-routes').then((m) => ({ default: m.PresenterRoute })));
const PrintRoute = lazy(() => import('./deck-routes').then((m) => ({ default: m.PrintRoute })));
const ProgressScreen = lazy(() =>
  import('../features/progress/progress-screen').then((m) => ({ default: m.ProgressScreen })),
);
const CertificateScreen = lazy(() =>
  import('../features/progress/certificate-screen').then((m) => ({ default: m.CertificateScreen })),
);
const ReviewScreen = lazy(() => import('../features/quiz/review-screen').then((m) => ({ default: m.ReviewScreen })));

const deckLoading = (
  <p className="loading" role="status">
    正在加载……
  </p>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeScreen />} />
        <Route path="lectures/:lectureId/:slide?" element={<LectureRoute />} />
        <Route path="cases" element={<CaseBankScreen />} />
        <Route path="cases/:caseId" element={<CaseScreen />} />
        <Route path="exam" element={<ExamScreen />} />
        <Route path="review" element={<ReviewScreen />} />
        <Route path="handbook" element={<HandbookScreen />} />
        <Route path="classroom" element={<ClassroomScreen />} />
        <Route path="progress" element={<ProgressScreen />} />
        <Route path="progress/certificate" element={<CertificateScreen />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Route>
      {/* Full-window screens for the classroom: no site header or footer. */}
      <Route
        path="present/:lectureId/:slide?"
        element={
          <Suspense fallback={deckLoading}>
            <AudienceRoute />
          </Suspense>
        }
      />
      <Route
        path="presenter/:lectureId/:slide?"
        element={
          <Suspense fallback={deckLoading}>
            <PresenterRoute />
          </Suspense>
        }
      />
      <Route
        path="print/:lectureId"
        element={
          <Suspense fallback={deckLoading}>
            <PrintRoute />
          </Suspense>
        }
      />
    </Routes>
  );
}
