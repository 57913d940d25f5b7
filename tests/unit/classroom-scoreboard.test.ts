import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTeams, rankTeams, type Team } from '../../src/features/presenter/classroom/scoreboard-model';
import { migrateScoreboard, normaliseScoreboard } from '../../src/features/presenter/classroom/scoreboard-saved';

const KEY = 'complaint-course:classroom';

// The store reads localStorage when it is first imported, so each test imports it afresh.
async function freshStore() {
  vi.resetModules();
  // Importing hydrates it (synchronously: localStorage is synchronous).
  return import('../../src/features/presenter/classroom/scoreboard-store');
}

const saved = () => JSON.parse(localStorage.getItem(KEY)!);

function team(id: string, stars: Partial<Team['stars']> = {}): Team {
  return { id, name: id, stars: { speaking: 0, spirit: 0, drill: 0, homework: 0, ...stars } };
}

describe('scoreboard model', () => {
  it('counts off teams 第1组…第N组 with no stars', () => {
    const teams = makeTeams(8);
    expect(teams.map((t) => t.name)).toEqual(['第1组', '第2组', '第3组', '第4组', '第5组', '第6组', '第7组', '第8组']);
    expect(new Set(teams.map((t) => t.id)).size).toBe(8);
    expect(teams[0].stars).toEqual({ speaking: 0, spirit: 0, drill: 0, homework: 0 });
  });

  it('keeps the team count within 1–20', () => {
    expect(makeTeams(0)).toHaveLength(1);
    expect(makeTeams(-3)).toHaveLength(1);
    expect(makeTeams(25)).toHaveLength(20);
    expect(makeTeams(Number.NaN)).toHaveLength(1);
  });

  it('ranks by total stars, ties in team order, leaders first', () => {
    const ranked = rankTeams([
      team('a', { speaking: 1 }),
      team('b', { spirit: 2, drill: 1 }),
      team('c', { homework: 1 }),
      team('d', { speaking: 3 }),
    ]);
    expect(ranked.map((r) => r.team.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3, 3]);
    expect(ranked.map((r) => r.leader)).toEqual([true, true, false, false]);
    expect(ranked.map((r) => r.position)).toEqual([2, 4, 1, 3]);
  });

  it('has no leader before the first star', () => {
    expect(rankTeams(makeTeams(3)).some((r) => r.leader)).toBe(false);
  });
});

describe('saved scoreboard: migrate and normalise', () => {
  it('reads nothing useful from garbage', () => {
    for (const bad of [undefined, null, 'x', 42, [], { teams: 'no' }, { teams: null }]) {
      expect(normaliseScoreboard(bad)).toEqual({ teams: [] });
    }
  });

  it('keeps good teams, fixes bad fields and drops what it cannot read', () => {
    const result = normaliseScoreboard({
      extra: true,
      teams: [
        { id: 'a', name: '  猛虎队 ', stars: { speaking: 2, spirit: -4, drill: 1.7, homework: '3' }, colour: 'red' },
        { name: 'no id' },
        'not a team',
        { id: 'b' },
        { id: 'a', name: 'duplicate id' },
        { id: 'c', name: '', stars: { speaking: 1 } },
      ],
    });
    expect(result).toEqual({
      teams: [
        { id: 'a', name: '猛虎队', stars: { speaking: 2, spirit: 0, drill: 1, homework: 0 } },
        { id: 'b', name: '第2组', stars: { speaking: 0, spirit: 0, drill: 0, homework: 0 } },
        { id: 'c', name: '第3组', stars: { speaking: 1, spirit: 0, drill: 0, homework: 0 } },
      ],
    });
  });

  it('keeps at most 20 teams and 20-character names', () => {
    const teams = Array.from({ length: 25 }, (_, i) => ({ id: `t${i}`, name: 'x'.repeat(30) }));
    const result = normaliseScoreboard({ teams });
    expect(result.teams).toHaveLength(20);
    expect(result.teams[0].name).toHaveLength(20);
  });

  it('migrates saved data of another version instead of dropping it', () => {
    const data = { teams: [{ id: 'a', name: '一组', stars: { speaking: 1, spirit: 2, drill: 3, homework: 4 } }] };
    expect(migrateScoreboard(data, 0)).toEqual(data);
    expect(migrateScoreboard(data, 2)).toEqual(data);
    expect(migrateScoreboard('garbage', 0)).toEqual({ teams: [] });
  });
});

describe('scoreboard store', () => {
  beforeEach(() => localStorage.clear());

  it('creates teams, replacing the ones before', async () => {
    const { useScoreboard } = await freshStore();
    useScoreboard.getState().createTeams(8);
    useScoreboard.getState().addStar('team-1', 'speaking', 1);
    useScoreboard.getState().createTeams(3);
    const { teams } = useScoreboard.getState();
    expect(teams.map((t) => t.name)).toEqual(['第1组', '第2组', '第3组']);
    expect(teams[0].stars.speaking).toBe(0);
  });

  it('adds and takes away stars, never below zero', async () => {
    const { useScoreboard } = await freshStore();
    const s = () => useScoreboard.getState();
    s().createTeams(2);
    s().addStar('team-2', 'drill', 1);
    s().addStar('team-2', 'drill', 1);
    s().addStar('team-2', 'drill', -1);
    s().addStar('team-1', 'homework', -1);
    expect(s().teams[1].stars).toEqual({ speaking: 0, spirit: 0, drill: 1, homework: 0 });
    expect(s().teams[0].stars.homework).toBe(0);
  });

  it('renames a team and ranks the teams', async () => {
    const { useScoreboard, rankedTeams } = await freshStore();
    const s = () => useScoreboard.getState();
    s().createTeams(3);
    s().renameTeam('team-3', '飞鹰队');
    s().addStar('team-3', 'spirit', 1);
    s().addStar('team-2', 'spirit', 1);
    const ranked = rankedTeams(s());
    expect(ranked.map((r) => r.team.name)).toEqual(['第2组', '飞鹰队', '第1组']);
    expect(ranked[0]).toMatchObject({ rank: 1, leader: true, total: 1 });
    expect(ranked[1]).toMatchObject({ rank: 1, leader: true });
    expect(ranked[2]).toMatchObject({ rank: 3, leader: false, total: 0 });
  });

  it('resets to no teams', async () => {
    const { useScoreboard } = await freshStore();
    useScoreboard.getState().createTeams(4);
    useScoreboard.getState().reset();
    expect(useScoreboard.getState().teams).toEqual([]);
    expect(saved().state.teams).toEqual([]);
  });

  it('keeps the board across a reload, under its own key at version 1', async () => {
    const first = await freshStore();
    first.useScoreboard.getState().createTeams(2);
    first.useScoreboard.getState().addStar('team-1', 'speaking', 1);
    expect(saved()).toMatchObject({ version: 1, state: { teams: [{ id: 'team-1' }, { id: 'team-2' }] } });
    const second = await freshStore();
    expect(second.useScoreboard.getState().teams[0].stars.speaking).toBe(1);
  });

  it('normalises bad saved data on load', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ version: 1, state: { teams: [{ id: 'x', stars: { speaking: -2, drill: 2 } }, 7] } }),
    );
    const { useScoreboard } = await freshStore();
    expect(useScoreboard.getState().teams).toEqual([
      { id: 'x', name: '第1组', stars: { speaking: 0, spirit: 0, drill: 2, homework: 0 } },
    ]);
    expect(typeof useScoreboard.getState().addStar).toBe('function');
  });

  it('upgrades data saved under another version and writes it back as version 1', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 0, state: { teams: [{ id: 'old', name: '老组' }] } }));
    const { useScoreboard } = await freshStore();
    expect(useScoreboard.getState().teams.map((t) => t.name)).toEqual(['老组']);
    expect(saved().version).toBe(1);
  });

  it('backs up corrupt saved data and starts empty', async () => {
    localStorage.setItem(KEY, '{not json');
    const { useScoreboard } = await freshStore();
    expect(useScoreboard.getState().teams).toEqual([]);
    const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:corrupt-backup:`));
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0])).toBe('{not json');
  });

  it('keeps working when storage refuses to write', async () => {
    const { useScoreboard } = await freshStore();
    const { useStorageNotices } = await import('../../src/store/storage-notices');
    useScoreboard.getState().createTeams(1);
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(() => useScoreboard.getState().addStar('team-1', 'spirit', 1)).not.toThrow();
      expect(useScoreboard.getState().teams[0].stars.spirit).toBe(1);
      expect(useStorageNotices.getState().notices.map((n) => n.kind)).toContain('write-failed');
    } finally {
      spy.mockRestore();
    }
  });

  it('follows changes saved by another window', async () => {
    const { useScoreboard } = await freshStore();
    useScoreboard.getState().createTeams(2);
    const other = { version: 1, state: { teams: [{ id: 'team-1', name: '投影组', stars: { homework: 5 } }] } };
    localStorage.setItem(KEY, JSON.stringify(other));
    // Another key changing is none of our business.
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(useScoreboard.getState().teams).toHaveLength(2);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    await vi.waitFor(() => expect(useScoreboard.getState().teams).toHaveLength(1));
    expect(useScoreboard.getState().teams[0]).toMatchObject({ name: '投影组', stars: { homework: 5 } });
  });

  it('F9: storage cleared while the board is open: this window saves the board again', async () => {
    const { useScoreboard, followOtherWindows } = await freshStore();
    useScoreboard.getState().createTeams(2);
    useScoreboard.getState().addStar('team-2', 'drill', 1);
    localStorage.clear();
    // Called directly: earlier tests' store copies also listen on this window.
    followOtherWindows(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    expect(useScoreboard.getState().teams).toHaveLength(2);
    expect(saved().state.teams[1].stars.drill).toBe(1);
  });

  it('F23: a host page clearing its sessionStorage changes nothing', async () => {
    const { useScoreboard, followOtherWindows } = await freshStore();
    useScoreboard.getState().createTeams(2);
    const rehydrate = vi.spyOn(useScoreboard.persist, 'rehydrate');
    followOtherWindows(new StorageEvent('storage', { key: null, storageArea: sessionStorage }));
    expect(rehydrate).not.toHaveBeenCalled();
  });

  it('F19: a corrupt board is backed up once per value under its own notice, and old backups are pruned', async () => {
    for (const at of [1, 2, 3]) localStorage.setItem(`${KEY}:corrupt-backup:${at}`, 'old');
    localStorage.setItem(KEY, '{not json');
    await freshStore();
    const { useStorageNotices } = await import('../../src/store/storage-notices');
    const { readBackup } = await import('../../src/store/safe-storage');
    const notice = useStorageNotices.getState().notices.find((n) => n.kind === 'corrupt-backed-up');
    expect(notice?.store).toBe('scoreboard');
    expect(readBackup(notice!.backupKey!)).toBe('{not json');
    const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:corrupt-backup:`));
    expect(backups).toHaveLength(2);
    expect(backups).toContain(notice!.backupKey);
  });
});
