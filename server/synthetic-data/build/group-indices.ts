// Compressed rows of indices: the members of group k are list[start[k]] … list[start[k + 1] - 1].

export interface IndexGroups {
  start: Int32Array;
  list: Int32Array;
}

/** Groups item indices by a key index (e.g. actors by place), as compressed rows. */
export function groupIndices(keys: Int32Array, keyCount: number): IndexGroups {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i]! + 1]! += 1;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const list = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) list[fill[keys[i]!]!++] = i;
  return { start, list };
}
