import { type ComponentType, createElement, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundScreen } from '../components/not-found-screen';
import { HomeScreen } from '../features/course/home-screen';
import { AppLayout } from './app-layout';
import type { ModuleSource } from '../lib/module-source';
import { useModule } from '../lib/use-module';
import { screenLoaders } from './screen-loaders';

/** A screen whose code loads on demand (screen-loaders.ts); suspends only while it loads. */
function fromSource<M, P extends object>(source: ModuleSource<M>, pick: (module: M) => ComponentType<P>) {
  function LoadedScreen(props: P) {
    return createElement(pick(useModule(source)), props);
  }
  return LoadedScreen;
}

// Screens other than home load as their own chunks.
const LectureRoute = fromSource(screenLoaders.lecture, (m) => m.LectureRoute);
const CaseBankScreen = fromSource(screenLoaders.caseBank, (m) => m.CaseBankScreen);
const CaseScreen = fromSource(screenLoaders.case, (m) => m.CaseScreen);
const ExamScreen = fromSource(screenLoaders.exam, (m) => m.ExamScreen);
const HandbookScreen = fromSource(screenLoaders.handbook, (m) => m.HandbookScreen);
const AboutScreen = fromSource(screenLoaders.about, (m) => m.AboutScreen);
const ClassroomScreen = fromSource(screenLoaders.classroom, (m) => m.ClassroomScreen);
const AudienceRoute = fromSource(screenLoaders.decks, (m) => m.AudienceRoute);
const PresenterRoute = fromSource(screenLoaders.decks, (m) => m.PresenterRoute);
const PrintRoute = fromSource(screenLoaders.decks, (m) => m.PrintRoute);
const ProgressScreen = fromSource(screenLoaders.progress, (m) => m.ProgressScreen);
const CertificateScreen = fromSource(screenLoaders.certificate, (m) => m.CertificateScreen);
const ReviewScreen = fromSource(screenLoaders.review, (m) => m.ReviewScreen);
const SearchScreen = fromSource(screenLoaders.search, (m) => m.SearchScreen);

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
        <Route path="about" element={<AboutScreen />} />
        <Route path="classroom" element={<ClassroomScreen />} />
        <Route path="progress" element={<ProgressScreen />} />
        <Route path="progress/certificate" element={<CertificateScreen />} />
        <Route path="search" element={<SearchScreen />} />
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
