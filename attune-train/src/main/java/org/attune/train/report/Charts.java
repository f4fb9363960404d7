package org.attune.train.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * PNG pictures for the evaluation reports, drawn with java.awt in headless mode (no display, no extra dependency):
 * horizontal bars (per-label F1 with the published anchor as a tick) and a confusion-matrix heat map with counts.
 */
public final class Charts {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Color BAR = new Color(0x4C78A8);
    private static final Color ANCHOR = new Color(0xE45756);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private Charts() {
    }

    /**
     * Horizontal bars, one per label, for values in [0, 1] (F1, accuracy); an anchor per label, where given, is drawn
     * as a red tick on the bar's row. {@code anchorsOrNull} may be null, and a NaN anchor means none for that label.
     */
    public static void bars(Path png, String title, List<String> labels, double[] values, double[] anchorsOrNull) {
        if (labels.size() != values.length || (anchorsOrNull != null && anchorsOrNull.length != values.length)) {
            throw new IllegalArgumentException("labels, values and anchors must have the same length");
        }
        int rowHeight = 22;
        int labelWidth = Math.max(80, maxTextWidth(labels) + 16);
        int plotWidth = 420;
        int top = 40;
        int width = Math.max(labelWidth + plotWidth + 70, titleWidth(title) + 20);
        int height = top + rowHeight * labels.size() + 40;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, title);
        for (int tick = 0; tick <= 10; tick += 2) {
            int x = labelWidth + plotWidth * tick / 10;
            g.setColor(GRID);
            g.drawLine(x, top, x, top + rowHeight * labels.size());
            g.setColor(Color.DARK_GRAY);
            String text = String.format(Locale.ROOT, "%.1f", tick / 10.0);
            g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, top + rowHeight * labels.size() + 16);
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = top + i * rowHeight;
            double value = clamp(values[i]);
            g.setColor(Color.BLACK);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(labels.get(i), labelWidth - 8 - fm.stringWidth(labels.get(i)), y + rowHeight / 2 + 5);
            g.setColor(BAR);
            g.fillRect(labelWidth, y + 4, (int) Math.round(plotWidth * value), rowHeight - 8);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%.2f", values[i]),
                    labelWidth + (int) Math.round(plotWidth * value) + 4, y + rowHeight / 2 + 5);
            if (anchorsOrNull != null && !Double.isNaN(anchorsOrNull[i])) {
                int x = labelWidth + (int) Math.round(plotWidth * clamp(anchorsOrNull[i]));
                g.setColor(ANCHOR);
                g.setStroke(new BasicStroke(3f));
                g.drawLine(x, y + 1, x, y + rowHeight - 1);
                g.setStroke(new BasicStroke(1f));
            }
        }
        if (anchorsOrNull != null) {
            g.setColor(ANCHOR);
            g.drawString("| anchor", width - 70, 30);
        }
        write(png, image, g);
    }

    /**
     * A confusion matrix: rows are gold labels, columns predictions, each cell shaded by its share of the row and
     * labelled with its count.
     */
    public static void heatmap(Path png, String title, List<String> labels, int[][] confusion) {
        int k = labels.size();
        if (confusion.length != k) {
            throw new IllegalArgumentException("confusion must be " + k + " x " + k);
        }
        for (int[] row : confusion) {
            if (row.length != k) {
                throw new IllegalArgumentException("confusion must be " + k + " x " + k);
            }
        }
        int cell = 48;
        int labelWidth = Math.max(80, maxTextWidth(labels) + 16);
        int top = 40 + labelWidth;
        int width = Math.max(labelWidth + cell * k + 30, titleWidth(title) + 20);
        int height = top + cell * k + 40;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, title);
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < k; i++) {
            long rowTotal = 0;
            for (int c : confusion[i]) {
                rowTotal += c;
            }
            g.setColor(Color.BLACK);
            g.drawString(labels.get(i), labelWidth - 8 - fm.stringWidth(labels.get(i)), top + i * cell + cell / 2 + 5);
            for (int j = 0; j < k; j++) {
                double share = rowTotal == 0 ? 0 : (double) confusion[i][j] / rowTotal;
                int shade = (int) Math.round(255 - 200 * share);
                g.setColor(new Color(shade, shade, 255));
                g.fillRect(labelWidth + j * cell, top + i * cell, cell, cell);
                g.setColor(GRID);
                g.drawRect(labelWidth + j * cell, top + i * cell, cell, cell);
                g.setColor(share > 0.6 ? Color.WHITE : Color.BLACK);
                String text = Integer.toString(confusion[i][j]);
                g.drawString(text, labelWidth + j * cell + (cell - fm.stringWidth(text)) / 2,
                        top + i * cell + cell / 2 + 5);
            }
        }
        // Column labels, rotated to read upwards.
        g.setColor(Color.BLACK);
        for (int j = 0; j < k; j++) {
            Graphics2D rotated = (Graphics2D) g.create();
            rotated.translate(labelWidth + j * cell + cell / 2 + 5, top - 8);
            rotated.rotate(-Math.PI / 2);
            rotated.drawString(labels.get(j), 0, 0);
            rotated.dispose();
        }
        g.drawString("rows: gold, columns: predicted", 10, height - 12);
        write(png, image, g);
    }

    private static Graphics2D canvas(BufferedImage image, String title) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(title, 10, 22);
        g.setFont(TEXT);
        return g;
    }

    private static void write(Path png, BufferedImage image, Graphics2D g) {
        g.dispose();
        try {
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", png.toFile())) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + png, e);
        }
    }

    private static int titleWidth(String title) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        g.setFont(TITLE);
        int w = g.getFontMetrics().stringWidth(title);
        g.dispose();
        return w;
    }

    private static int maxTextWidth(List<String> labels) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        g.setFont(TEXT);
        int max = 0;
        for (String label : labels) {
            max = Math.max(max, g.getFontMetrics().stringWidth(label));
        }
        g.dispose();
        return max;
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
