/**
 * Worker threads that format jobs (format-job.mjs) as they come: several `formatAll` calls of
 * one emit share them, so the client's statements start on a worker while the main thread still
 * prints the methods. Idle workers do not keep the process alive; `release` ends them.
 */
import { Worker } from 'node:worker_threads';
import { projectPath } from '../disk/project-root.ts';
import type { FormatJob } from './format-job.mjs';

const WORKER = projectPath('generator', 'emit', 'format-worker.mjs');

interface Task {
  job: FormatJob;
  resolve: (text: string) => void;
  reject: (err: Error) => void;
}

export class FormatPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly waiting: Task[] = [];

  /** `count` workers, each loading prettier and ts-morph at once (`warm`) with these options. */
  constructor(
    count: number,
    private readonly options: object,
  ) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER);
      worker.postMessage({ warm: true, options });
      worker.on('message', (msg: { text?: string; error?: string }) => this.answered(worker, msg));
      worker.on('error', (err) => this.failed(worker, err));
      worker.unref();
      this.idle.push(worker);
    }
  }

  format(job: FormatJob): Promise<string> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const task = this.waiting.shift()!;
      this.busy.set(worker, task);
      // Busy, a worker keeps the process alive until it answers.
      worker.ref();
      worker.postMessage({ id: 0, job: task.job, options: this.options });
    }
  }

  private answered(worker: Worker, msg: { text?: string; error?: string }): void {
    const task = this.busy.get(worker);
    if (!task) return;
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if (msg.error !== undefined) task.reject(new Error(`prettier: ${msg.error}`));
    else task.resolve(msg.text!);
    this.dispatch();
  }

  private failed(worker: Worker, err: Error): void {
    this.busy.get(worker)?.reject(err);
    this.busy.delete(worker);
  }

  async release(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
