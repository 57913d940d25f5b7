// Asks the learner whether to bring progress kept elsewhere in this browser into this LMS attempt.
// Never decided silently: it could be another learner's on a shared computer. A modal <dialog>
// (focus moves in and stays, Esc declines), outside the app's root so no screen has to host it.
import './import-offer.css';

export interface OfferCounts {
  addedSlides: number;
  addedAnswers: number;
}

export function offerText({ addedSlides, addedAnswers }: OfferCounts): string {
  const parts = [
    addedSlides > 0 ? `已读 ${addedSlides} 节` : '',
    addedAnswers > 0 ? `答题 ${addedAnswers} 次` : '',
  ].filter(Boolean);
  return `这台电脑的浏览器里还有一份本课程的学习记录（${parts.join('，')}），不在您本次的学习平台记录中。它可能是您以前在别处学习时留下的，也可能属于使用过这台电脑的其他人。`;
}

/** Shows the offer; resolves true when the learner brings the progress in. */
export function askToImport(counts: OfferCounts, doc: Document = document): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = doc.createElement('dialog');
    dialog.className = 'lms-offer';
    dialog.setAttribute('aria-labelledby', 'lms-offer-title');
    dialog.setAttribute('aria-describedby', 'lms-offer-text');
    const title = doc.createElement('h2');
    title.id = 'lms-offer-title';
    title.textContent = '发现其他学习记录';
    const text = doc.createElement('p');
    text.id = 'lms-offer-text';
    text.textContent = offerText(counts);
    const question = doc.createElement('p');
    question.textContent = '要把它并入本次学习吗？并入后会一起记入学习平台；不并入则保持原样，不会删除。';
    const actions = doc.createElement('div');
    actions.className = 'notice__actions';
    const accept = doc.createElement('button');
    accept.type = 'button';
    accept.className = 'button button--primary';
    accept.textContent = '并入本次学习';
    const decline = doc.createElement('button');
    decline.type = 'button';
    decline.className = 'button';
    decline.textContent = '不并入';
    actions.append(accept, decline);
    dialog.append(title, text, question, actions);
    let answered = false;
    const finish = (choice: boolean) => {
      if (answered) return;
      answered = true;
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      dialog.remove();
      resolve(choice);
    };
    accept.addEventListener('click', () => finish(true));
    decline.addEventListener('click', () => finish(false));
    dialog.addEventListener('close', () => finish(false));
    doc.body.append(dialog);
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    decline.focus();
  });
}
