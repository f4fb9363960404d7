package org.attune.train.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Stratified k-fold assignment with a fixed seed: the same folds on every machine and every run. */
public final class Folds {
    private Folds() {
    }

    /** fold[i] in 0..k-1 for example i, stratified by label. */
    public static int[] stratified(int[] labels, int k, long seed) {
        int max = 0;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        int[] fold = new int[labels.length];
        Random rnd = new Random(seed);
        for (int c = 0; c <= max; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, rnd);
            for (int j = 0; j < members.size(); j++) {
                fold[members.get(j)] = j % k;
            }
        }
        return fold;
    }
}
