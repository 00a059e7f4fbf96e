/**
 * Maps the SimulatedProcess objects handed to tests back to their internal records, so faults and
 * inspection take the very core a test holds.
 */
import type { ProcessRecord } from './process-record';
import type { SimulatedProcess } from './simulated-process';

export class ProcessRegistry {
  private readonly records = new WeakMap<SimulatedProcess, ProcessRecord>();

  register(process: SimulatedProcess, record: ProcessRecord): void {
    this.records.set(process, record);
  }

  /** A process from another universe is a bug in the test. */
  recordOf(process: SimulatedProcess): ProcessRecord {
    const record = this.records.get(process);
    if (record === undefined) throw new Error('steamworks-rx: this process does not belong to this simulated Steam');
    return record;
  }
}
