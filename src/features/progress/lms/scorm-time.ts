// Session time in each version's format.

function parts(ms: number) {
  const centis = Math.max(0, Math.round(ms / 10));
  return {
    hours: Math.floor(centis / 360_000),
    minutes: Math.floor(centis / 6000) % 60,
    seconds: Math.floor(centis / 100) % 60,
    centis: centis % 100,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours 2–4 digits). */
export function scorm12Duration(ms: number): string {
  const t = parts(Math.min(ms, (9999 * 3600 + 59 * 60 + 59.99) * 1000));
  return `${two(t.hours)}:${two(t.minutes)}:${two(t.seconds)}.${two(t.centis)}`;
}

/** SCORM 2004 timeinterval: an ISO 8601 duration, e.g. PT1H5M3.25S. */
export function scorm2004Duration(ms: number): string {
  const t = parts(ms);
  return `PT${t.hours}H${t.minutes}M${t.seconds}.${two(t.centis)}S`;
}
