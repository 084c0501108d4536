/**
 * Which of a stage's input messages its outputs account for, so a stage's rate
 * is in input messages per second: the unit of the ceilings it is divided by
 * (the core cleans every message, COPY writes every message's history row).
 *
 * Outputs are matched by the correlation id every event carries from ingest
 * on. The normaliser emits one output per input; the store emits one per
 * article per batch, for the latest version it consumed, so an output also
 * accounts for the earlier inputs of the same article. Counting distinct
 * article ids instead would leave out updates and understate every stage
 * against its ceiling.
 */
export interface LedgerInput {
  key: string;
  correlationId: string;
}

export class InputLedger {
  /** correlation id -> the article's key and this input's place among that article's inputs. */
  private readonly byCorrelation = new Map<string, { key: string; index: number }>();
  /** Per article: how many of its inputs (in publish order) are accounted for. */
  private readonly creditedUpTo = new Map<string, number>();
  private credited = 0;
  readonly size: number;

  constructor(inputs: readonly LedgerInput[]) {
    const perKey = new Map<string, number>();
    for (const i of inputs) {
      if (this.byCorrelation.has(i.correlationId)) throw new Error(`correlation id ${i.correlationId} is on two inputs`);
      const index = perKey.get(i.key) ?? 0;
      perKey.set(i.key, index + 1);
      this.byCorrelation.set(i.correlationId, { key: i.key, index });
    }
    this.size = inputs.length;
  }

  /** Accounts for the input with this correlation id and the earlier inputs of its article; returns how many were new. */
  credit(correlationId: string | undefined): number {
    const input = correlationId === undefined ? undefined : this.byCorrelation.get(correlationId);
    if (!input) return 0;
    const before = this.creditedUpTo.get(input.key) ?? 0;
    if (input.index < before) return 0; // a redelivery, or an output for an input already counted
    this.creditedUpTo.set(input.key, input.index + 1);
    const added = input.index + 1 - before;
    this.credited += added;
    return added;
  }

  get accounted(): number {
    return this.credited;
  }

  get complete(): boolean {
    return this.credited >= this.size;
  }
}
