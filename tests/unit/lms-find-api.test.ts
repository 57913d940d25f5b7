import { findLmsApi, MAX_DEPTH } from '../../src/features/progress/lms/find-api';

const api12 = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
});
const api2004 = () => ({
  Initialize: () => 'true',
  Terminate: () => 'true',
  GetValue: () => '',
  SetValue: () => 'true',
  Commit: () => 'true',
});

type FakeWindow = { parent?: FakeWindow; opener?: FakeWindow | null; API?: unknown; API_1484_11?: unknown };

/** A window whose properties throw, as a frame of another origin's do. */
function crossOrigin(parent?: FakeWindow): FakeWindow {
  const win = new Proxy({} as FakeWindow, {
    get(_, key) {
      if (key === 'parent') return parent ?? win;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
  return win;
}

/** A chain of windows, top first; each one's parent is the one before (the top is its own parent). */
function chain(...layers: Omit<FakeWindow, 'parent'>[]): FakeWindow[] {
  const wins: FakeWindow[] = [];
  for (const layer of layers) {
    const win: FakeWindow = { ...layer };
    win.parent = wins.at(-1) ?? win;
    wins.push(win);
  }
  return wins;
}

const find = (win: FakeWindow) => findLmsApi(win as unknown as Window);

describe('LMS API discovery', () => {
  it('finds nothing on a plain page', () => {
    const [top] = chain({});
    expect(find(top)).toBeNull();
  });

  it('finds the 1.2 API on the window itself, a parent or a grandparent', () => {
    const api = api12();
    expect(find(chain({ API: api })[0])).toEqual({ version: '1.2', api });
    expect(find(chain({ API: api }, {}, {})[2])).toEqual({ version: '1.2', api });
  });

  it('prefers SCORM 2004 even when a 1.2 API is nearer', () => {
    const api = api2004();
    const found = find(chain({ API_1484_11: api }, { API: api12() }, {})[2]);
    expect(found).toEqual({ version: '2004', api });
  });

  it("looks in the opener and the opener's parents after the frames", () => {
    const api = api12();
    const [lmsTop, lmsFrame] = chain({ API: api }, {});
    const [popup] = chain({ opener: lmsFrame });
    expect(find(popup)).toEqual({ version: '1.2', api });
    expect(find(chain({ opener: null })[0])).toBeNull();
    expect(lmsTop.API).toBe(api);
  });

  it('skips frames of another origin without throwing and keeps climbing', () => {
    const api = api2004();
    const [top] = chain({ API_1484_11: api });
    const middle = crossOrigin(top);
    const course: FakeWindow = { parent: middle };
    expect(find(course)).toEqual({ version: '2004', api });
    expect(() => find(crossOrigin())).not.toThrow();
    expect(find(crossOrigin())).toBeNull();
  });

  it('ignores objects that are not a SCORM API', () => {
    expect(find(chain({ API: { LMSInitialize: () => 'true' }, API_1484_11: 'nope' })[0])).toBeNull();
  });

  it('stops climbing after a bounded number of parents', () => {
    const layers = [{ API: api12() }, ...Array.from({ length: MAX_DEPTH + 1 }, () => ({}))];
    expect(find(chain(...layers).at(-1)!)).toBeNull();
    expect(find(chain(...layers.slice(0, -1)).at(-1)!)).not.toBeNull();
  });
});
