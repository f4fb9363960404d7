package org.attune.server.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.attune.server.store.ItemStore;

/**
 * Volume and levels over the last days as an SVG bar chart, computed on the server: one stacked bar per day (UTC),
 * a segment per triage level. The template draws the rectangles; no script runs in the browser.
 */
public final class Chart {
    /** One rectangle. */
    public record Bar(int x, int y, int width, int height, String level, String day, long count) {
    }

    /** A label under the axis. */
    public record Label(int x, String text) {
    }

    public static final List<String> LEVELS = List.of("unanalysed", "none", "low", "moderate", "high", "imminent");
    public static final int WIDTH = 700;
    public static final int HEIGHT = 180;

    private final List<Bar> bars;
    private final List<Label> labels;
    private final long max;
    private final long total;

    private Chart(List<Bar> bars, List<Label> labels, long max, long total) {
        this.bars = bars;
        this.labels = labels;
        this.max = max;
        this.total = total;
    }

    public static Chart of(List<ItemStore.Item> items, int days, long now) {
        LocalDate today = Instant.ofEpochMilli(now).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate first = today.minusDays(days - 1L);
        long[][] counts = new long[days][LEVELS.size()];
        long total = 0;
        for (ItemStore.Item it : items) {
            LocalDate d = Instant.ofEpochMilli(it.receivedAt()).atZone(ZoneOffset.UTC).toLocalDate();
            int i = (int) (d.toEpochDay() - first.toEpochDay());
            if (i < 0 || i >= days) {
                continue;
            }
            int l = it.level() == null ? 0 : Math.max(0, LEVELS.indexOf(it.level()));
            counts[i][l]++;
            total++;
        }
        long max = 1;
        for (long[] day : counts) {
            long sum = 0;
            for (long c : day) {
                sum += c;
            }
            max = Math.max(max, sum);
        }
        int slot = WIDTH / days;
        int plot = HEIGHT - 20;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("MM-dd");
        for (int i = 0; i < days; i++) {
            int y = plot;
            String day = first.plusDays(i).format(fmt);
            for (int l = 0; l < LEVELS.size(); l++) {
                if (counts[i][l] == 0) {
                    continue;
                }
                int h = (int) Math.max(1, Math.round((double) counts[i][l] * (plot - 10) / max));
                y -= h;
                bars.add(new Bar(i * slot + 4, y, slot - 8, h, LEVELS.get(l), day, counts[i][l]));
            }
            if (days <= 14 || i % 2 == 0) {
                labels.add(new Label(i * slot + slot / 2, day));
            }
        }
        return new Chart(bars, labels, max, total);
    }

    public List<Bar> getBars() {
        return bars;
    }

    public List<Label> getLabels() {
        return labels;
    }

    public long getMax() {
        return max;
    }

    public long getTotal() {
        return total;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public List<String> getLevels() {
        return LEVELS;
    }
}
