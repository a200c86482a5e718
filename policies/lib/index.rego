# Helpers for joining resources without comparing every pair: a policy that
# matches each resource with others (a bucket with the buckets that log into it,
# a pod with the NetworkPolicies that select it) builds an index once per
# document and looks each resource up in it, so 10,000 of each cost tens of
# thousands of steps, not a hundred million.
package srm.lib.index

# group(pairs) turns a set of [key, value] pairs into an object that maps each
# key to the set of its values, in n log n steps: sorted, the pairs of one key
# are consecutive, so each run of them is one slice. Look a key up with
# `some value in index[key]` (nothing when the key is absent).
#
# Why not a multi-value rule `index[key] contains value`: regorus' RVM compiles
# it as a plain set of the values and drops the key. Nor a comprehension per key,
# which is quadratic. A set of keys alone (`index contains key`) is fine when the
# question is only whether a key is there.
group(pairs) := {sorted[start][0]: {pair[1] | some pair in array.slice(sorted, start, _run_end(starts, k, count(sorted)))} |
	sorted := sort(pairs)
	starts := [j | some j, _ in sorted; _run_start(sorted, j)]
	some k, start in starts
}

_run_start(_, j) if j == 0

_run_start(sorted, j) if sorted[j - 1][0] != sorted[j][0]

_run_end(starts, k, _) := starts[k + 1] if k + 1 < count(starts)

_run_end(starts, k, n) := n if k + 1 == count(starts)
