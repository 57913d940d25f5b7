import { DeckCanvas } from '../../components/slides/deck-canvas';
import { SlideModeContext } from '../../components/slides/slide-mode';
import { lectureBodies, useSlideSteps } from '../../lib/content/lecture-bodies';
import type { Lecture } from '../../lib/content/lectures';
import { printedSteps } from '../../lib/content/slide-steps';
import type { MdxComponents } from './mdx-components-type';

interface Props {
  lecture: Lecture;
  components: MdxComponents;
  /** Handouts: each slide's notes after it (long notes run on to the next page), and the answers. */
  withNotes: boolean;
}

/**
 * Every slide as the projector shows it, one A4 landscape page each at a fixed scale (deck.css):
 * the canvas is never shrunk to fit, since every slide fits it (tests/e2e/slide-fit.spec.ts). A
 * case prints one page per step, as it is projected. Suspends until the lecture has loaded.
 */
export function PrintPages({ lecture, components, withNotes }: Props) {
  const steps = useSlideSteps(lecture);
  const Body = lectureBodies[lecture.file];
  const count = lecture.slides.length;
  return lecture.slides.map(({ index, hasNotes }) => {
    const pages = printedSteps(steps[index - 1]);
    return pages.map((step, i) => (
      <article key={`${index}.${step}`} className="print-page" data-slide={index} data-step={step}>
        <DeckCanvas className="print-page__canvas" lectureTitle={lecture.frontmatter.title} slide={index} count={count}>
          <SlideModeContext.Provider value={{ kind: 'print', current: index, revealed: step, showNotes: withNotes }}>
            <Body components={components} />
          </SlideModeContext.Provider>
        </DeckCanvas>
        {withNotes && hasNotes && i === pages.length - 1 ? (
          <div className="print-page__notes notes-only">
            <SlideModeContext.Provider value={{ kind: 'presenter', current: index, showNotes: true }}>
              <Body components={components} />
            </SlideModeContext.Provider>
          </div>
        ) : null}
      </article>
    ));
  });
}
