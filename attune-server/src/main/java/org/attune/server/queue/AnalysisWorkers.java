package org.attune.server.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.engine.Engine;
import org.attune.core.error.AttuneException;
import org.attune.core.io.AssessmentJson;
import org.attune.core.io.ThreadReader;
import org.attune.core.safety.TriageLevel;
import org.attune.core.thread.PostThread;
import org.attune.server.security.TextCipher;
import org.attune.server.store.ItemStore;
import org.attune.server.store.StoreException;

/**
 * A pool of workers that take due jobs from the durable job table, run the engine over a batch of them together and
 * store each assessment sealed. Woken at once by an ingestion and otherwise every half second; a failed job is
 * retried with backoff and, after three attempts, the item is marked failed and goes to the top of the queue.
 */
public final class AnalysisWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisWorkers.class);
    public static final int MAX_ATTEMPTS = 3;

    private final ItemStore items;
    private final Engine engine;
    private final TextCipher cipher;
    private final ThreadReader reader;
    private final int batchSize;
    private final BiConsumer<Long, TriageLevel> onAnalysed;
    private final ExecutorService pool;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final int workers;
    private final List<String> hooks;

    public AnalysisWorkers(ItemStore items, Engine engine, TextCipher cipher, ThreadReader reader, int workers,
            int batchSize, List<String> hooks, BiConsumer<Long, TriageLevel> onAnalysed) {
        this.hooks = List.copyOf(hooks);
        this.items = items;
        this.engine = engine;
        this.cipher = cipher;
        this.reader = reader;
        this.batchSize = batchSize;
        this.onAnalysed = onAnalysed;
        this.workers = workers;
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "attune-analysis");
            t.setDaemon(true);
            return t;
        });
    }

    /** Puts back the jobs a previous process left running, then starts the workers. */
    public void start() {
        int recovered = items.recover();
        if (recovered > 0) {
            LOG.info("recovered {} analysis jobs left running by the previous process", recovered);
        }
        for (int i = 0; i < workers; i++) {
            pool.submit(this::loop);
        }
    }

    /** Tells the workers there is new work. */
    public void wake() {
        wake.release(workers);
    }

    private void loop() {
        while (running.get()) {
            try {
                List<ItemStore.Job> jobs = items.claim(batchSize, System.currentTimeMillis());
                if (jobs.isEmpty()) {
                    wake.tryAcquire(500, TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                    continue;
                }
                analyse(jobs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database went away for a moment: log the kind only (a SQL state names no value), and try again
                LOG.warn("analysis worker: {}{}", e.getClass().getSimpleName(),
                        e instanceof StoreException s ? " (SQL state " + s.sqlState() + ")" : "");
                sleepQuietly(1000);
            }
        }
    }

    private void analyse(List<ItemStore.Job> jobs) {
        List<ItemStore.Job> readable = new ArrayList<>();
        List<PostThread> threads = new ArrayList<>();
        for (ItemStore.Job job : jobs) {
            try {
                byte[] body = cipher.open(job.body(), "items.body");
                threads.add(reader.readJson(body, "item-" + job.itemId()));
                readable.add(job);
            } catch (AttuneException e) {
                items.fail(job, e.code().wireName(), MAX_ATTEMPTS, System.currentTimeMillis());
            } catch (RuntimeException e) {
                items.fail(job, "internal", MAX_ATTEMPTS, System.currentTimeMillis());
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        List<Assessment> out;
        try {
            out = engine.assess(threads);
        } catch (RuntimeException e) {
            // a batch failed: assess each alone, so one bad item does not hold back the others
            if (readable.size() > 1) {
                for (ItemStore.Job j : readable) {
                    analyse(List.of(j));
                }
                return;
            }
            LOG.warn("analysis of item {} failed: {}", readable.get(0).itemId(), e.getClass().getSimpleName());
            items.fail(readable.get(0), "analysis_failed", MAX_ATTEMPTS, System.currentTimeMillis());
            return;
        }
        for (int i = 0; i < readable.size(); i++) {
            ItemStore.Job job = readable.get(i);
            Assessment a = out.get(i);
            TriageLevel level = levelOf(a);
            items.complete(job, level, cipher.seal(AssessmentJson.toLine(a), "items.assessment"),
                    System.currentTimeMillis(), hooks);
            if (onAnalysed != null && level != null) {
                onAnalysed.accept(job.itemId(), level);
            }
        }
    }

    /** An item's triage level: the most urgent of its authors' (a commenter in danger counts too); null if none. */
    public static TriageLevel levelOf(Assessment a) {
        TriageLevel max = null;
        for (AuthorSection s : a.authors()) {
            if (s.risk() != null) {
                max = max == null ? s.risk().level() : max.atLeast(s.risk().level());
            }
        }
        return max;
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running.set(false);
        wake();
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
