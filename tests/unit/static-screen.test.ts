// The entry's first screen from a prerendered file (first visit to a lecture, the case bank, a deck).
import { PRERENDERED_ATTRIBUTE } from '../../src/app/first-screen';
import { showStaticScreen } from '../../src/app/static-screen';

const MARKUP =
  '<!--$--><main class="app-main"><nav class="toc"><details><summary>本讲目录</summary></details></nav>' +
  '<div class="stage"><div class="stage__canvas"><h2>学习目标</h2></div></div></main><!--/$-->';

const fileResponse = (body: string, status = 200) =>
  vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { status })));

const root = () => document.getElementById('root')!;

beforeEach(() => {
  document.body.innerHTML = '<div id="root" data-prerendered="/"><h1>home</h1></div>';
  window.location.hash = '#/lectures/understanding';
});
afterEach(() => {
  window.location.hash = '';
  vi.unstubAllGlobals();
});

describe('showStaticScreen', () => {
  it('fetches the file named after the path and puts its markup in the root, marked with the path', async () => {
    const fetchFile = fileResponse(MARKUP);
    await expect(showStaticScreen('#/lectures/understanding', document, fetchFile)).resolves.toBe(true);
    expect(fetchFile).toHaveBeenCalledWith('./first-screens/lectures-understanding.html', expect.anything());
    expect(root()).toHaveAttribute(PRERENDERED_ATTRIBUTE, '/lectures/understanding');
    expect(root().querySelector('h1')).toBeNull();
    expect(root().querySelector('.stage__canvas h2')).toHaveTextContent('学习目标');
    // React's boundary markers survive, in place, for hydration.
    expect(root().firstChild?.nodeType).toBe(Node.COMMENT_NODE);
    expect(root().firstChild?.nodeValue).toBe('$');
  });

  it('opens the contents on a wide window and leaves them folded on a narrow one, as the app does', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('min-width') }));
    await showStaticScreen('#/lectures/understanding', document, fileResponse(MARKUP));
    expect(root().querySelector('details')!.open).toBe(true);

    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    await showStaticScreen('#/lectures/understanding', document, fileResponse(MARKUP));
    expect(root().querySelector('details')!.open).toBe(false);
  });

  it('scales a projector canvas to its stage before React does', async () => {
    await showStaticScreen('#/lectures/understanding', document, fileResponse(MARKUP));
    // jsdom lays nothing out (a 0×0 stage): the canvas stays invisible rather than full size.
    expect(root().querySelector<HTMLElement>('.stage__canvas')!.style.transform).toBe(
      'translate(-50%, -50%) scale(0.0001)',
    );
  });

  it('leaves the page alone when the reader has moved on before the file arrived', async () => {
    const pending = showStaticScreen('#/lectures/understanding', document, fileResponse(MARKUP));
    window.location.hash = '#/cases';
    await expect(pending).resolves.toBe(false);
    expect(root()).toHaveAttribute(PRERENDERED_ATTRIBUTE, '/');
    expect(root().querySelector('h1')).toHaveTextContent('home');
  });

  it('rejects when the file cannot be had, and changes nothing', async () => {
    await expect(showStaticScreen('#/lectures/understanding', document, fileResponse('missing', 404))).rejects.toThrow(
      /HTTP 404/,
    );
    expect(root()).toHaveAttribute(PRERENDERED_ATTRIBUTE, '/');
  });
});
