import { InputLedger } from './input-ledger';

describe('InputLedger', () => {
  const inputs = [
    { key: 'a', correlationId: 'a1' },
    { key: 'b', correlationId: 'b1' },
    { key: 'a', correlationId: 'a2' },
    { key: 'a', correlationId: 'a3' },
  ];

  it('counts one input per output when every input has its own output (the normaliser)', () => {
    const ledger = new InputLedger(inputs);
    expect(['a1', 'b1', 'a2', 'a3'].map((c) => ledger.credit(c))).toEqual([1, 1, 1, 1]);
    expect(ledger.accounted).toBe(4);
    expect(ledger.complete).toBe(true);
  });

  it("credits an article's earlier inputs with its latest's output (store: one output per article per batch)", () => {
    const ledger = new InputLedger(inputs);
    expect(ledger.credit('a3')).toBe(3);
    expect(ledger.complete).toBe(false);
    expect(ledger.credit('b1')).toBe(1);
    expect(ledger.complete).toBe(true);
  });

  it('does not count an output twice, nor one for an input already accounted for, nor a stranger', () => {
    const ledger = new InputLedger(inputs);
    expect(ledger.credit('a2')).toBe(2);
    expect(ledger.credit('a2')).toBe(0);
    expect(ledger.credit('a1')).toBe(0);
    expect(ledger.credit('someone-else')).toBe(0);
    expect(ledger.credit(undefined)).toBe(0);
    expect(ledger.accounted).toBe(2);
  });

  it('refuses inputs that share a correlation id: their outputs could not be told apart', () => {
    expect(() => new InputLedger([inputs[0], { key: 'b', correlationId: 'a1' }])).toThrow(/two inputs/);
  });
});
