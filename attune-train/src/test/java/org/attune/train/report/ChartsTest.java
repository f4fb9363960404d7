package org.attune.train.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    @TempDir
    Path dir;

    @Test
    void bars_writeAReadablePngWithARowPerLabel() throws IOException {
        Path png = dir.resolve("nested/bars.png");
        Charts.bars(png, "per-label F1", List.of("joy", "sadness", "remorse"), new double[] {0.5, 0.25, 1.2},
                new double[] {0.46, Double.NaN, 0.7});
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        BufferedImage fewer = readBack("fewer.png", List.of("joy"));
        assertTrue(image.getHeight() > fewer.getHeight(), "three rows are taller than one");
    }

    @Test
    void heatmap_writesAReadablePngThatGrowsWithTheLabels() throws IOException {
        Path small = dir.resolve("small.png");
        Path large = dir.resolve("large.png");
        Charts.heatmap(small, "cause", List.of("a", "b"), new int[][] {{3, 1}, {0, 0}});
        Charts.heatmap(large, "cause", List.of("a", "b", "c"), new int[][] {{3, 1, 0}, {0, 0, 0}, {2, 2, 9}});
        BufferedImage s = ImageIO.read(small.toFile());
        BufferedImage l = ImageIO.read(large.toFile());
        assertNotNull(s);
        assertNotNull(l);
        assertTrue(l.getWidth() > s.getWidth());
        assertEquals(s.getType(), l.getType());
    }

    @Test
    void mismatchedShapes_areRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Charts.bars(dir.resolve("x.png"), "t", List.of("a"), new double[] {0.1, 0.2}, null));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.heatmap(dir.resolve("y.png"), "t", List.of("a", "b"), new int[][] {{1, 2}}));
    }

    private BufferedImage readBack(String name, List<String> labels) throws IOException {
        Path png = dir.resolve(name);
        Charts.bars(png, "t", labels, new double[labels.size()], null);
        return ImageIO.read(png.toFile());
    }
}
