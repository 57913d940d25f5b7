import { preventionParts } from '../../../content/handbook/prevention';

/** Lecture 4's 预防投诉: the opinion-form steps, the five methods and how to cut repeat complaints. */
export function PreventionGuide({ parts = preventionParts }: { parts?: typeof preventionParts }) {
  return (
    <div className="prevention">
      {parts.map((part) => {
        const List = part.ordered ? 'ol' : 'ul';
        return (
          <section key={part.id} className="prevention__part" aria-labelledby={`prevention-${part.id}`}>
            <h3 id={`prevention-${part.id}`}>{part.title}</h3>
            <List>
              {part.items.map((item) => (
                <li key={item.label ?? item.text}>
                  {item.label ? <strong>{item.label}：</strong> : null}
                  {item.text}
                </li>
              ))}
            </List>
          </section>
        );
      })}
    </div>
  );
}
