package org.attune.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.attune.core.io.ThreadReader;
import org.attune.core.pipeline.Analysis;
import org.attune.core.text.HostileText;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/**
 * The analyzer contract (spans inside their field and in order, deterministic, identical from 8 threads, never
 * throws on valid input) over hostile text, and the seeds' names.
 */
class PersonalDataAnalyzerTest {
    private final PersonalDataAnalyzer analyzer = new PersonalDataAnalyzer();

    private static PostThread hostile(long seed) {
        Random r = new Random(seed);
        Post reply = new Post("r", "b", null, null, HostileText.random(r, 12), null, List.of());
        return PostThread.of(new Post("p", "a", null, HostileText.random(r, 4), HostileText.random(r, 20), null,
                List.of(reply)));
    }

    @Test
    void contract_spansInBoundsOrderedDeterministicThreadSafe() throws Exception {
        List<PostThread> threads = new ArrayList<>();
        for (long seed = 0; seed < 40; seed++) {
            threads.add(hostile(seed));
        }
        threads.add(PostThread.of(Post.document("long", "a", HostileText.longPost(new Random(1), 100_000))));
        List<List<PersonalData>> first = new ArrayList<>();
        for (PostThread t : threads) {
            List<PersonalData> out = analyzer.analyze(Analysis.of(t)).get(PersonalDataAnalyzer.PERSONAL_DATA);
            String lastKey = null;
            int lastEnd = 0;
            for (PersonalData d : out) {
                Post p = t.post(d.post());
                String field = d.field().equals("title") ? p.title() : p.text();
                assertTrue(d.span().begin() >= 0 && d.span().end() <= field.length(), d.toString());
                String key = d.post() + "/" + d.field();
                if (key.equals(lastKey)) {
                    assertTrue(d.span().begin() >= lastEnd, "ordered, not overlapping: " + d);
                }
                lastKey = key;
                lastEnd = d.span().end();
            }
            assertEquals(out, analyzer.analyze(Analysis.of(t)).get(PersonalDataAnalyzer.PERSONAL_DATA));
            first.add(out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<PersonalData>>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> threads.subList(0, 40).stream()
                        .map(t -> analyzer.analyze(Analysis.of(t)).get(PersonalDataAnalyzer.PERSONAL_DATA))
                        .toList()));
            }
            for (Future<List<List<PersonalData>>> f : futures) {
                assertEquals(first.subList(0, 40), f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void seeds_namesAreFound() throws IOException {
        Path seeds = sharedSeeds();
        Assumptions.assumeTrue(seeds != null, "skipped: ../shared/seeds is not beside the repository "
                + "(set ATTUNE_SHARED to run the seed checks)");
        Set<String> names = new java.util.TreeSet<>();
        try (var files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                PostThread t = new ThreadReader().readJson(Files.readAllBytes(f), "seed");
                for (PersonalData d : analyzer.analyze(Analysis.of(t)).get(PersonalDataAnalyzer.PERSONAL_DATA)) {
                    if (d.kind() == PersonalDataKind.NAME) {
                        Post p = t.post(d.post());
                        names.add(d.span().of(d.field().equals("title") ? p.title() : p.text()));
                    }
                }
            }
        }
        for (String expected : List.of("Alana", "John", "Ivy")) {
            assertTrue(names.contains(expected), expected + " found among " + names.size() + " names");
        }
    }

    static Path sharedSeeds() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("ATTUNE_SHARED");
        if (env != null) {
            candidates.add(Path.of(env, "seeds"));
        }
        candidates.add(Path.of("..", "..", "shared", "seeds"));
        candidates.add(Path.of("..", "shared", "seeds"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

}
