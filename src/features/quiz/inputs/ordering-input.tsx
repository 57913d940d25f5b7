import { useRef, useState } from 'react';
import type { Option } from '../../../lib/quiz/types';

interface Props {
  items: Option[];
  /** Current order of item ids. */
  order: string[];
  onChange: (order: string[]) => void;
  disabled: boolean;
  /** After grading: the correct order, to mark each position. */
  correctOrder?: string[];
}

function move<T>(list: T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

/** Put items in order: drag with a mouse or touch, or use the move up/down buttons. */
export function OrderingInput({ items, order, onChange, disabled, correctOrder }: Props) {
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const text = (id: string) => items.find((i) => i.id === id)?.text ?? id;

  const moveTo = (from: number, to: number, focusDirection?: 'up' | 'down') => {
    if (to < 0 || to >= order.length || from === to) return;
    onChange(move(order, from, to));
    setAnnouncement(`已将“${text(order[from])}”移到第 ${to + 1} 位`);
    if (focusDirection) {
      // The row moves with its key, so focus stays on the button, unless that button is now
      // disabled (moved to the top or bottom): then focus the row's other button.
      requestAnimationFrame(() => {
        const row = listRef.current?.children[to];
        const button =
          row?.querySelector<HTMLButtonElement>(`[data-move="${focusDirection}"]:not(:disabled)`) ??
          row?.querySelector<HTMLButtonElement>('button:not(:disabled)');
        button?.focus();
      });
    }
  };

  return (
    <div className="ordering">
      <p className="hint">拖动条目，或用“上移/下移”按钮调整顺序。</p>
      <ol className="ordering__list" ref={listRef}>
        {order.map((id, index) => {
          const mark = correctOrder ? (correctOrder[index] === id ? 'correct' : 'wrong') : '';
          return (
            <li
              key={id}
              className={`ordering__item ${mark ? `ordering__item--${mark}` : ''} ${dragged === index ? 'is-dragging' : ''}`}
              draggable={!disabled}
              onDragStart={(e) => {
                setDragged(index);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', id);
              }}
              onDragOver={(e) => {
                if (dragged !== null) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragged !== null) moveTo(dragged, index);
                setDragged(null);
              }}
              onDragEnd={() => setDragged(null)}
            >
              <span className="ordering__pos" aria-hidden="true">
                {index + 1}
              </span>
              <span className="ordering__text">{text(id)}</span>
              {mark === 'wrong' ? <span className="ordering__mark">（位置不对）</span> : null}
              {mark === 'correct' ? <span className="ordering__mark">（位置正确）</span> : null}
              <span className="ordering__buttons">
                <button
                  type="button"
                  className="icon-button"
                  data-move="up"
                  aria-label={`上移：${text(id)}`}
                  disabled={disabled || index === 0}
                  onClick={() => moveTo(index, index - 1, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  data-move="down"
                  aria-label={`下移：${text(id)}`}
                  disabled={disabled || index === order.length - 1}
                  onClick={() => moveTo(index, index + 1, 'down')}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
