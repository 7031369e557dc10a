import loadHighs from 'highs';

export type Highs = Awaited<ReturnType<typeof loadHighs>>;

let solver: Promise<Highs> | null = null;

/** HiGHS, loaded once per process (each load is a WebAssembly instance of its own). */
export function loadSolver(): Promise<Highs> {
  solver ??= loadHighs();
  return solver;
}

/**
 * A linear or mixed-integer model built column by column and row by row, handed to HiGHS as
 * compressed rows (no LP text to write and parse: the day models have tens of thousands of
 * non-zeros and are built many times per run).
 */
export class MipModel {
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly integrality: number[] = [];
  private readonly rowStarts: number[] = [0];
  private readonly rowIndices: number[] = [];
  private readonly rowValues: number[] = [];
  private readonly rowLower: number[] = [];
  private readonly rowUpper: number[] = [];

  get columns(): number {
    return this.cost.length;
  }

  addColumn(lower: number, upper: number, cost: number, integer = false): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integrality.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }

  /** Adds lower <= sum of coefficient * column <= upper; repeated columns are summed. */
  addRow(terms: Map<number, number>, lower: number, upper: number): void {
    for (const [column, coefficient] of terms) {
      if (coefficient === 0) continue;
      this.rowIndices.push(column);
      this.rowValues.push(coefficient);
    }
    this.rowStarts.push(this.rowIndices.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
  }

  /** The model as plain arrays, to solve here or in another thread. */
  problem(): MipProblem {
    return {
      cost: Float64Array.from(this.cost),
      lower: Float64Array.from(this.lower),
      upper: Float64Array.from(this.upper),
      integrality: Int32Array.from(this.integrality),
      rowStarts: Int32Array.from(this.rowStarts),
      rowIndices: Int32Array.from(this.rowIndices),
      rowValues: Float64Array.from(this.rowValues),
      rowLower: Float64Array.from(this.rowLower),
      rowUpper: Float64Array.from(this.rowUpper),
    };
  }

  /** Solves, maximising, from `start` (a full column vector) when given; null without a solution. */
  maximise(highs: Highs, options: MipSolveOptions): MipSolution | null {
    return maximiseProblem(highs, this.problem(), options);
  }
}

/** A maximisation in compressed rows, plain data (it crosses to a worker thread as it is). */
export interface MipProblem {
  cost: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  integrality: Int32Array;
  rowStarts: Int32Array;
  rowIndices: Int32Array;
  rowValues: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
}

export interface MipSolveOptions {
  timeLimitSeconds: number;
  start?: Float64Array;
}

export interface MipSolution {
  values: Float64Array;
  objective: number;
  status: string;
}

/** Solves `problem`, maximising; null when HiGHS found no feasible solution in the time. */
export function maximiseProblem(
  highs: Highs,
  problem: MipProblem,
  options: MipSolveOptions,
): MipSolution | null {
  const numCols = problem.cost.length;
  const numRows = problem.rowLower.length;
  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: problem.cost,
    colLower: problem.lower,
    colUpper: problem.upper,
    rowLower: problem.rowLower,
    rowUpper: problem.rowUpper,
    matrix: {
      format: 'csr',
      numRows,
      numCols,
      starts: problem.rowStarts,
      indices: problem.rowIndices,
      values: problem.rowValues,
    },
    integrality: problem.integrality,
  });
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.1, options.timeLimitSeconds),
      mip_rel_gap: 1e-4,
    });
    if (options.start) model.setSolution({ colValue: options.start });
    model.run();
    if (Number(model.info.get('primal_solution_status')) !== 2) return null;
    return {
      values: model.getSolution().colValue,
      objective: model.getObjectiveValue(),
      status: String(model.getModelStatus()),
    };
  } finally {
    model.dispose();
  }
}
