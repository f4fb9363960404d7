package org.attune.train.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;


/**
 * Everyday Reddit text that is not about suicide, used as extra C-SSRS level-0 examples: every post of
 * {@code cssrs-7level-posts} comes from r/SuicideWatch, so without these the head has never seen a letter, a game
 * thread or an idiom. Texts that mention suicide or self-harm at all are left out rather than labelled.
 * GoEmotions comments (Apache-2.0) and dreaddit posts (research use, licence unstated); ESConv supporter turns for the
 * thinking-trap head's gate.
 */
public final class BenignTexts {
    public static final String GOEMOTIONS = "goemotions";
    public static final String GOEMOTIONS_LICENCE = "Apache-2.0";
    public static final String DREADDIT_LICENCE = Dreaddit.LICENCE;

    private static final Pattern ABOUT_SUICIDE = Pattern.compile("(?i)(suicid|kill (?:my|him|her|them)sel|"
            + "\\bkms\\b|end (?:it all|my life)|self.?harm|cut(?:ting)? (?:my|him|her)sel|want(?:ed)? to die|"
            + "wanna die|overdos|\\bod\\b|hang (?:my|him|her)sel|unalive|not want to live|better off dead|"
            + "slit|wrists?)");

    private BenignTexts() {
    }

    /** Up to {@code n} GoEmotions training comments of at least 6 words, drawn with a fixed seed. */
    public static List<String> goemotions(int n, long seed) {
        List<String> all = new ArrayList<>();
        Path tsv = SharedData.dataset(GOEMOTIONS).resolve("train.tsv");
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String text = line.split("\t", 2)[0];
                if (text.split("\\s+").length >= 6 && !ABOUT_SUICIDE.matcher(text).find()) {
                    all.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(n, all.size()));
    }

    /**
     * Up to {@code n} supporter turns of ESConv's train split of at least 6 words, drawn with a fixed seed: replies
     * written to support someone (CC BY-NC 4.0; for heads that are non-commercial already).
     */
    public static List<String> esconvSupporter(int n, long seed) {
        List<String> all = new ArrayList<>();
        for (Esconv.Dialog d : Esconv.load("train")) {
            for (Esconv.Turn t : d.turns()) {
                if (t.supporter() && t.text().split("\\s+").length >= 6 && !ABOUT_SUICIDE.matcher(t.text()).find()) {
                    all.add(t.text());
                }
            }
        }
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(n, all.size()));
    }

    /** Up to {@code n} dreaddit training posts, drawn with a fixed seed. */
    public static List<String> dreaddit(int n, long seed) {
        List<String> all = new ArrayList<>();
        for (Dreaddit.Post p : Dreaddit.load("train")) {
            if (!ABOUT_SUICIDE.matcher(p.text()).find()) {
                all.add(p.text());
            }
        }
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(n, all.size()));
    }
}
