"""Connected components of links between events, in numpy: the duplicate clusters' and the
campaign chains' joins.

>>> labelled_components(pd.Series(["a", "c"]), pd.Series(["b", "b"])).values.tolist()
[['a', 'a'], ['b', 'a'], ['c', 'a']]
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def labelled_components(left: pd.Series, right: pd.Series) -> pd.DataFrame:
    """``event_id, component`` of every event of the links ``left``–``right``: the
    component's label is its smallest event id (so it depends on the links alone).

    >>> labelled_components(pd.Series(["c", "d"]), pd.Series(["b", "e"])).values.tolist()
    [['b', 'b'], ['c', 'b'], ['d', 'd'], ['e', 'd']]
    """
    ends = pd.concat([left, right], ignore_index=True).astype("str")
    codes, names = pd.factorize(ends, sort=True)  # codes in id order: the smallest is first
    label = components(codes[: len(left)], codes[len(left) :], len(names))
    names = np.asarray(names, dtype=object)
    return pd.DataFrame({"event_id": names, "component": names[label]}, dtype="str")


def components(left: np.ndarray, right: np.ndarray, nodes: int) -> np.ndarray:
    """Connected components of an undirected graph of ``nodes`` nodes (0 … nodes - 1) and
    the edges ``left[i]``–``right[i]``: each node's label, the smallest node of its
    component. Labels are lowered along the edges and then looked up through themselves
    (pointer jumping) until nothing changes, all in numpy.

    >>> components(np.array([0, 3, 4]), np.array([2, 2, 5]), 6).tolist()
    [0, 1, 0, 0, 4, 4]
    """
    label = np.arange(nodes)
    if not len(left):
        return label
    while True:
        low = np.minimum(label[left], label[right])
        lowered = label.copy()
        np.minimum.at(lowered, left, low)
        np.minimum.at(lowered, right, low)
        lowered = lowered[lowered]
        if np.array_equal(lowered, label):
            return label
        label = lowered
