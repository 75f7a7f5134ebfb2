package org.vaak.segmentation.fst;

/** Topological order of all states (iterative depth-first search), or null when the FST has a cycle. */
final class TopSort {
    private TopSort() {
    }

    static int[] order(CompactFst fst) {
        int n = fst.numStates();
        byte[] color = new byte[n]; // 0 new, 1 on stack, 2 done
        int[] stack = new int[n];
        int[] nextArc = new int[n];
        int[] post = new int[n];
        int numPost = 0;
        for (int root = 0; root < n; root++) {
            int r = fst.start() >= 0 ? (root == 0 ? fst.start() : (root == fst.start() ? 0 : root)) : root;
            if (color[r] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = r;
            color[r] = 1;
            nextArc[r] = fst.arcStart(r);
            while (top > 0) {
                int s = stack[top - 1];
                if (nextArc[s] < fst.arcEnd(s)) {
                    int t = fst.next(nextArc[s]++);
                    if (color[t] == 1) {
                        return null;
                    }
                    if (color[t] == 0) {
                        color[t] = 1;
                        nextArc[t] = fst.arcStart(t);
                        stack[top++] = t;
                    }
                } else {
                    color[s] = 2;
                    post[numPost++] = s;
                    top--;
                }
            }
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = post[n - 1 - i];
        }
        return order;
    }
}
