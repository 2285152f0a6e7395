// What a named person died of ("Bettie Page died of pneumonia").
import { sameName } from './figures';
import { INCOMPARABLE, type KindModule } from './kind';

export const medicalCause: KindModule = {
  kind: 'medical-cause',
  label: 'cause of a death',
  scope: 'entity',
  matching: 'default',
  cumulative: () => false,
  /**
   * Illnesses a person died of: one naming the other ("heart failure", "congestive heart failure") or "natural causes"
   * agree; two illnesses differ as a discrepancy, since one may have led to the other (pneumonia, then a heart attack).
   */
  compare: (a, b) => {
    if (a.value.kind !== 'name' || b.value.kind !== 'name') return INCOMPARABLE;
    if (sameName(a, b)) return { relation: 'same', rule: 'names' };
    const [x, y] = [a.value.value.toLowerCase(), b.value.value.toLowerCase()];
    const same = x.includes(y) || y.includes(x) || x === 'natural causes' || y === 'natural causes';
    return { relation: same ? 'same' : 'discrepancy', rule: 'causes' };
  },
};
