import { recommendedPhraseGroups } from '../../../content/handbook/recommended-phrases';

/** The phrases the 2007 materials themselves recommend, by the moment to use them. */
export function RecommendedPhrases({ groups = recommendedPhraseGroups }: { groups?: typeof recommendedPhraseGroups }) {
  return (
    <div className="recommended-phrases">
      {groups.map((group) => (
        <section key={group.id} className="recommended-phrases__group" aria-labelledby={`recommended-${group.id}`}>
          <h3 id={`recommended-${group.id}`}>{group.when}</h3>
          {group.checklist ? (
            <ol>
              {group.phrases.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          ) : (
            <ul>
              {group.phrases.map((phrase) => (
                <li key={phrase}>“{phrase}”</li>
              ))}
            </ul>
          )}
          {group.note ? <p className="hint">{group.note}</p> : null}
        </section>
      ))}
    </div>
  );
}
