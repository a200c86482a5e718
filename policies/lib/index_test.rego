package srm.lib.index_test

import data.srm.lib.index

test_group_collects_the_values_of_each_key if {
	index.group({["b", 2], ["a", 1], ["b", 1], [["x", 1], "v"], ["c", {"o": 1}]}) == {
		"a": {1},
		"b": {1, 2},
		["x", 1]: {"v"},
		"c": {{"o": 1}},
	}
}

test_group_of_nothing_is_empty if {
	index.group(set()) == {}
}

test_group_of_one_key if {
	index.group({["k", 3], ["k", 1], ["k", 2]}) == {"k": {1, 2, 3}}
}
