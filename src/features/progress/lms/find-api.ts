// The standard SCORM API discovery: look for the LMS's API object on this window and its parents,
// then on the opener and its parents. SCORM 2004's API_1484_11 is preferred over 1.2's API.
// Frames of another origin throw on property access: they are skipped, never let through.

/** The SCORM 1.2 run-time API (values are strings; an LMS may return booleans instead). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
}

/** The SCORM 2004 run-time API. */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
}

export type FoundApi = { version: '2004'; api: Scorm2004Api } | { version: '1.2'; api: Scorm12Api };

/** How many parents to climb from one window (ADL's sample stops at 7 for 1.2). */
export const MAX_DEPTH = 10;

function read(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

function hasMethods(value: unknown, names: string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');
  } catch {
    return false;
  }
}

/** `start` and its parents, up to MAX_DEPTH of them. */
function withParents(start: Window | null | undefined): Window[] {
  const chain: Window[] = [];
  let win = start ?? null;
  while (win && chain.length <= MAX_DEPTH) {
    chain.push(win);
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      break;
    }
    if (!parent || parent === win) break;
    win = parent;
  }
  return chain;
}

function openerOf(win: Window): Window | null {
  try {
    return win.opener as Window | null;
  } catch {
    return null;
  }
}

export function findLmsApi(win: Window = window): FoundApi | null {
  const windows = [...withParents(win), ...withParents(openerOf(win))];
  for (const w of windows) {
    const api = read(w, 'API_1484_11');
    if (hasMethods(api, ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit']))
      return { version: '2004', api: api as Scorm2004Api };
  }
  for (const w of windows) {
    const api = read(w, 'API');
    if (hasMethods(api, ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']))
      return { version: '1.2', api: api as Scorm12Api };
  }
  return null;
}
