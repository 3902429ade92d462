import { randomUUID } from 'node:crypto';
import { readCell } from '../../../shared/domain/kpis/cells';
import { mergeValues, removeValue, type IncomingValue } from '../../../shared/domain/kpis/merge';
import { toLocalDate } from '../../../shared/domain/local-time';
import {
  changedCells,
  undoValueSave,
  type CellChange,
} from '../../../shared/domain/kpis/undo-save';
import type {
  CellInput,
  SaveValuesResult,
  UndoSaveResult,
} from '../../../shared/ipc/channels/kpis';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument, TeamDocument } from '../../../shared/model/documents';
import type { Clock } from '../clock';
import type { PeopleRepository } from '../people/people-repository';
import { DocumentFile } from '../storage/document-file';
import { SaveHistory } from './save-history';

interface PersonBatch {
  sets: IncomingValue[];
  clears: { metricId: string; period: string }[];
}

const GONE = 'This person is not in Coachbook any more. They may have been deleted.';
const TWICE = 'This cell is in the list twice: keep one.';

/**
 * Typed values: every cell is read before anything is written; then the files of everyone whose
 * cells change are written together, all or nothing (`DocumentFile.updateMany`). What the save
 * did to each cell is remembered for a while (`SaveHistory`), so the undo toast can put back
 * exactly what it replaced.
 */
export class ValuesService {
  private readonly history: SaveHistory;

  constructor(
    private readonly team: DocumentFile<TeamDocument>,
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
  ) {
    this.history = new SaveHistory(clock);
  }

  async setValues(cells: CellInput[]): Promise<SaveValuesResult> {
    const batches = this.read(cells);
    const recordedAt = this.clock().toISOString();
    const result: SaveValuesResult = { saved: 0, cleared: 0, unchanged: 0, saveId: null };
    const files = new Map<string, DocumentFile<PersonDocument>>();
    for (const [personId, batch] of batches) {
      const file = this.repo.find(personId);
      if (!file) throw new AppError('not_found', GONE);
      // Worked out first, so a person whose cells change nothing is not rewritten.
      const planned = applyBatch(file.data.kpis.values, batch, recordedAt);
      result.unchanged += planned.unchanged;
      if (planned.saved === 0 && planned.cleared === 0) continue;
      files.set(personId, file);
      result.saved += planned.saved;
      result.cleared += planned.cleared;
    }
    if (files.size === 0) return result;
    const changes = new Map<string, CellChange[]>();
    await DocumentFile.updateMany([...files.values()], (doc) => {
      const personId = doc.person.id;
      const batch = batches.get(personId)!;
      // The values as stored (not the draft's), so what is remembered for undo outlives the save.
      const before = files.get(personId)!.data.kpis.values;
      const applied = applyBatch(before, batch, recordedAt);
      changes.set(personId, changedCells(before, applied.values, [...batch.sets, ...batch.clears]));
      doc.kpis.values = applied.values;
    });
    result.saveId = this.history.remember(changes);
    return result;
  }

  /**
   * Puts back what one save replaced, in every file it wrote, all or nothing. Cells changed again
   * since are left as they are now (`kept`); someone deleted since took their values with them.
   */
  async undoSave(saveId: string): Promise<UndoSaveResult> {
    const save = this.history.take(saveId);
    const files = new Map<string, DocumentFile<PersonDocument>>();
    let kept = 0;
    for (const [personId, changes] of save.people) {
      const file = this.repo.find(personId);
      if (!file) continue;
      const planned = undoValueSave(file.data.kpis.values, changes);
      if (planned.restored > 0) files.set(personId, file);
      else kept += planned.kept;
    }
    if (files.size === 0) return { restored: 0, kept };
    let restored = 0;
    try {
      await DocumentFile.updateMany([...files.values()], (doc) => {
        const personId = doc.person.id;
        const undone = undoValueSave(
          files.get(personId)!.data.kpis.values,
          save.people.get(personId)!,
        );
        restored += undone.restored;
        kept += undone.kept;
        doc.kpis.values = undone.values;
      });
    } catch (error) {
      this.history.putBack(saveId, save);
      throw error;
    }
    return { restored, kept };
  }

  /** Every cell read, grouped by person; refuses with a message per wrong cell. */
  private read(cells: CellInput[]): Map<string, PersonBatch> {
    const today = toLocalDate(this.clock());
    const metrics = new Map(this.team.data.kpis.metrics.map((m) => [m.id, m]));
    const fields: Record<string, string> = {};
    const seen = new Set<string>();
    const batches = new Map<string, PersonBatch>();
    cells.forEach((cell, index) => {
      const key = `${cell.personId}\u0000${cell.metricId}\u0000${cell.period}`;
      const problem = !this.repo.find(cell.personId) ? GONE : seen.has(key) ? TWICE : null;
      seen.add(key);
      const reading = problem
        ? ({ ok: false, message: problem } as const)
        : readCell(cell.text, cell.period, metrics.get(cell.metricId), today);
      if (!reading.ok) {
        fields[`cells.${index}`] = reading.message;
        return;
      }
      const batch = batches.get(cell.personId) ?? { sets: [], clears: [] };
      batches.set(cell.personId, batch);
      if (reading.value === null) {
        batch.clears.push({ metricId: cell.metricId, period: cell.period });
      } else {
        batch.sets.push({
          metricId: cell.metricId,
          period: cell.period,
          value: reading.value,
          sampleSize: null,
        });
      }
    });
    const wrong = Object.keys(fields).length;
    if (wrong > 0) {
      const first = Object.values(fields)[0]!;
      const count = wrong === 1 ? 'One value is' : `${wrong} values are`;
      throw new AppError(
        'invalid_input',
        `${count} not right, so nothing was saved. ${first}`,
        fields,
      );
    }
    return batches;
  }
}

function applyBatch(values: Parameters<typeof mergeValues>[0], batch: PersonBatch, at: string) {
  let current = values;
  let cleared = 0;
  for (const clear of batch.clears) {
    const next = removeValue(current, clear.metricId, clear.period);
    if (next.removed) cleared += 1;
    current = next.values;
  }
  // A value typed over another keeps the earlier one in its history, as an import does.
  const merged = mergeValues(current, batch.sets, { kind: 'typed' }, at, randomUUID);
  return {
    values: merged.values,
    saved: merged.added + merged.replaced,
    unchanged: merged.unchanged,
    cleared,
  };
}
