// The mean of several models' weights, by feature key. Models trained on other seeds (shuffles, GMB share,
// sentences shown in capitals) averaged into one are a bagged ensemble at a single model's cost: the decoder is
// linear in the weights, so the mean model scores every path with the mean of the members' scores.

export class WeightAverage {
  private readonly sums = new Map<number, Float64Array>();
  private members = 0;

  /** Adds one model's rows (a key it lacks counts as a row of zeros). */
  add(rows: ReadonlyMap<number, Float64Array>): void {
    this.members++;
    for (const [key, row] of rows) {
      const sum = this.sums.get(key);
      if (!sum) this.sums.set(key, Float64Array.from(row));
      else for (let y = 0; y < row.length; y++) sum[y] += row[y];
    }
  }

  /** The mean rows of the models added so far. */
  mean(): Map<number, Float64Array> {
    const mean = new Map<number, Float64Array>();
    for (const [key, sum] of this.sums) mean.set(key, sum.map((w) => w / this.members));
    return mean;
  }
}
