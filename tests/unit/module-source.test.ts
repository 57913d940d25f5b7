// Screens and lecture bodies load once; a module that has arrived is read without suspending.
import { moduleSource } from '../../src/lib/module-source';

type Tracked = Promise<unknown> & { status?: string; value?: unknown; reason?: unknown };

it('loads once and marks the promise the way React reads settled promises', async () => {
  const importer = vi.fn(async () => ({ Screen: 'screen' }));
  const source = moduleSource(importer);
  const first = source.load() as Tracked;
  expect(source.load()).toBe(first);
  expect(first.status).toBe('pending');
  await first;
  expect(first.status).toBe('fulfilled');
  expect(first.value).toEqual({ Screen: 'screen' });
  expect(importer).toHaveBeenCalledTimes(1);
});

it('keeps a failure until forget(), so "retry" loads again and an error is not retried in a loop', async () => {
  const error = new Error('offline');
  const importer = vi.fn().mockRejectedValueOnce(error).mockResolvedValueOnce({ ok: true });
  const source = moduleSource(importer);
  const failed = source.load() as Tracked;
  await expect(failed).rejects.toBe(error);
  expect(failed.status).toBe('rejected');
  expect(failed.reason).toBe(error);
  expect(source.load()).toBe(failed);
  source.forget();
  await expect(source.load()).resolves.toEqual({ ok: true });
  expect(importer).toHaveBeenCalledTimes(2);
});
