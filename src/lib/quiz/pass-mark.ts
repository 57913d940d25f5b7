// The share of points a question, case or exam needs to count as passed (one owner for the figure).
export const PASS_MARK = 0.8;
