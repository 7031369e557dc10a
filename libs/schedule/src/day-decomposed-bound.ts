import type { Highs } from './mip-model';

type HighsModel = ReturnType<Highs['createModel']>;

/** HiGHS's model status code for a solved model. */
const OPTIMAL = 7;

/** What the decomposition proved. */
export interface DecomposedBound {
  /** An upper bound on the model's optimum; null when a block proved none in time. */
  bound: number | null;
  /** Blocks solved to optimality (within HiGHS's MIP gap) out of all. */
  blocksSolved: number;
  blocks: number;
  /** Rows that tie blocks together (priced instead of kept). */
  linkingRows: number;
}

/**
 * An upper bound on a maximising MIP whose columns fall into blocks (the days of a week, and
 * one for what belongs to the whole week) tied together by a few rows, by Lagrangian
 * relaxation: the linking rows get prices mu, each block is solved on its own with costs
 * c - mu A, and
 *
 *   L(mu) = sum over blocks of max (c - mu A) x  +  sum_i mu_i r_i
 *           (r_i the row's upper side where mu_i > 0, its lower side where mu_i < 0)
 *
 * is at least the optimum for any prices, because every feasible x has mu_i (r_i - A_i x) >= 0;
 * a price is set to 0 where its side is infinite. Each block is solved by branch and bound and
 * contributes its dual bound, so stopping early stays valid. With the LP's row duals as prices
 * and the blocks' LP relaxations, L is the LP's bound again; with the blocks' integers it can
 * only be lower. Several small trees close where one tree over the whole week's binaries does
 * not: a branch on Monday's binaries need not be repeated under every choice for Tuesday's.
 */
export function dayDecomposedBound(
  highs: Highs,
  modelText: string,
  options: {
    /** Block of a column by name (any numbers); columns of one block belong together. */
    blockOf: (column: string) => number;
    /** Price of a row by name, usually the LP's row dual; only linking rows are asked. */
    price: (row: string) => number;
    seconds: number;
  },
): DecomposedBound {
  const until = Date.now() + options.seconds * 1000;
  const source = highs.createModel({ format: 'lp', data: modelText });
  let lp: ReturnType<HighsModel['getLp']>;
  let columnNames: string[];
  let rowNames: string[];
  try {
    lp = source.getLp('csr');
    columnNames = Array.from({ length: lp.numCols }, (_, j) => source.getColName(j));
    rowNames = Array.from({ length: lp.numRows }, (_, i) => source.getRowName(i));
  } finally {
    source.dispose();
  }
  const { starts, indices, values } = lp.matrix;
  const numbering = new Map<number, number>();
  const blockOfColumn = Int32Array.from(columnNames, (name) => {
    const block = options.blockOf(name);
    if (!numbering.has(block)) numbering.set(block, numbering.size);
    return numbering.get(block)!;
  });
  const blocks = numbering.size;

  // Rows inside one block stay with it; the others link blocks and are priced.
  const rowBlock = new Int32Array(lp.numRows);
  const linking: number[] = [];
  for (let i = 0; i < lp.numRows; i++) {
    let block = -1;
    for (let e = starts[i]!; e < starts[i + 1]!; e++) {
      const b = blockOfColumn[indices[e]!]!;
      block = block === -1 || block === b ? b : -2;
    }
    rowBlock[i] = block;
    if (block === -2) linking.push(i);
  }

  // Priced costs, and the prices' share of L.
  const cost = Float64Array.from(lp.colCost);
  let bound = 0;
  for (const i of linking) {
    const asked = options.price(rowNames[i]!);
    const side = asked > 0 ? lp.rowUpper[i]! : asked < 0 ? lp.rowLower[i]! : 0;
    if (!Number.isFinite(side) || asked === 0) continue;
    for (let e = starts[i]!; e < starts[i + 1]!; e++) cost[indices[e]!]! -= asked * values[e]!;
    bound += asked * side;
  }

  const local = new Int32Array(lp.numCols);
  const members: number[][] = Array.from({ length: blocks }, () => []);
  for (let j = 0; j < lp.numCols; j++) {
    local[j] = members[blockOfColumn[j]!]!.length;
    members[blockOfColumn[j]!]!.push(j);
  }
  const blockRows: number[][] = Array.from({ length: blocks }, () => []);
  for (let i = 0; i < lp.numRows; i++) if (rowBlock[i]! >= 0) blockRows[rowBlock[i]!]!.push(i);
  const integral = members.map((columns) => columns.some((j) => lp.integrality[j]! !== 0));

  // Two passes: every block first with half an equal share, then the blocks that did not
  // finish share what is left (a day of the demo centre needs ten times the others).
  const models = members.map((columns, b) =>
    blockModel(highs, lp, cost, columns, blockRows[b]!, local),
  );
  const bestBound = new Float64Array(blocks).fill(Number.POSITIVE_INFINITY);
  const solved = new Uint8Array(blocks);
  try {
    const solve = (b: number, seconds: number) => {
      const model = models[b]!;
      model.options.set({ time_limit: Math.max(0.1, seconds) });
      // HiGHS's time limit counts every run of the model so far.
      model.zeroAllClocks();
      model.run();
      solved[b] = model.getModelStatus() === OPTIMAL ? 1 : 0;
      // A MIP's dual bound holds however far branch and bound got; an LP's value only when solved.
      const blockBound = integral[b]
        ? Number(model.info.get('mip_dual_bound'))
        : solved[b]
          ? model.getObjectiveValue()
          : Number.POSITIVE_INFINITY;
      bestBound[b] = Math.min(bestBound[b]!, Number.isNaN(blockBound) ? Infinity : blockBound);
    };
    const firstPass = options.seconds / blocks / 2;
    for (let b = 0; b < blocks; b++) solve(b, firstPass);
    const unsolved = [...bestBound.keys()].filter((b) => !solved[b]);
    for (const [position, b] of unsolved.entries())
      solve(b, (until - Date.now()) / 1000 / (unsolved.length - position));
  } finally {
    for (const model of models) model.dispose();
  }
  const blocksSolved = solved.reduce((n, one) => n + one, 0);
  if (bestBound.some((value) => !Number.isFinite(value)))
    return { bound: null, blocksSolved, blocks, linkingRows: linking.length };
  bound += bestBound.reduce((total, value) => total + value, 0);
  return { bound, blocksSolved, blocks, linkingRows: linking.length };
}

/** One block as a model of its own, with the priced costs. */
function blockModel(
  highs: Highs,
  lp: ReturnType<HighsModel['getLp']>,
  cost: Float64Array,
  columns: number[],
  rows: number[],
  local: Int32Array,
): HighsModel {
  const { starts, indices, values } = lp.matrix;
  const rowStarts = [0];
  const rowIndices: number[] = [];
  const rowValues: number[] = [];
  for (const i of rows) {
    for (let e = starts[i]!; e < starts[i + 1]!; e++) {
      rowIndices.push(local[indices[e]!]!);
      rowValues.push(values[e]!);
    }
    rowStarts.push(rowIndices.length);
  }
  const model = highs.createModel({
    numCols: columns.length,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(columns, (j) => cost[j]!),
    colLower: Float64Array.from(columns, (j) => lp.colLower[j]!),
    colUpper: Float64Array.from(columns, (j) => lp.colUpper[j]!),
    rowLower: Float64Array.from(rows, (i) => lp.rowLower[i]!),
    rowUpper: Float64Array.from(rows, (i) => lp.rowUpper[i]!),
    matrix: {
      format: 'csr',
      numRows: rows.length,
      numCols: columns.length,
      starts: Int32Array.from(rowStarts),
      indices: Int32Array.from(rowIndices),
      values: Float64Array.from(rowValues),
    },
    integrality: Int32Array.from(columns, (j) => lp.integrality[j]!),
  });
  model.options.set({ output_flag: false, mip_rel_gap: 1e-4 });
  return model;
}
