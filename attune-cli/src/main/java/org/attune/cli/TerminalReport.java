package org.attune.cli;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.assessment.Status;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;

/**
 * The readable report of {@code attune analyze}: a header, a section per author, then the thread post by post. Colour only
 * where asked (ANSI).
 */
final class TerminalReport {
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";

    private final boolean ansi;

    TerminalReport(boolean ansi) {
        this.ansi = ansi;
    }

    String render(PostThread thread, Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append(style(BOLD, "Attune " + a.provenance().engineVersion())).append(" · ").append(a.id())
                .append(" · ").append(a.posts().size() == 1 ? "1 post" : a.posts().size() + " posts").append(" by ")
                .append(a.authors().size() == 1 ? "1 author" : a.authors().size() + " authors").append('\n');
        out.append("language: ").append(a.language().code()).append(" (").append(a.language().script())
                .append(")  status: ").append(a.status().wireName()).append('\n');
        if (a.status() != Status.OK) {
            out.append(style(BOLD, statusLine(a.status()))).append('\n');
        }
        out.append('\n');
        for (AuthorSection s : a.authors()) {
            out.append(style(BOLD, s.author())).append(" (").append(s.role()).append(") · ")
                    .append(s.posts().size()).append(s.posts().size() == 1 ? " post" : " posts").append(" · ")
                    .append(s.sentences().size()).append(" sentences · ").append(s.words()).append(" words\n");
        }
        for (Post p : thread.posts()) {
            int depth = thread.depth(p.id());
            String indent = "  ".repeat(depth);
            out.append('\n').append(indent).append(style(DIM, "── " + p.id() + " · " + p.author()
                    + (thread.parentId(p.id()) == null ? "" : " · answers " + thread.parentId(p.id())))).append('\n');
            if (p.title() != null) {
                out.append(indent).append(style(BOLD, p.title())).append('\n');
            }
            for (String line : p.text().split("\n", -1)) {
                out.append(indent).append("  ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String statusLine(Status status) {
        return switch (status) {
            case EMPTY -> "No text to analyse: no claims are made.";
            case UNSUPPORTED_LANGUAGE -> "Not analysed: the text is not in a supported language (English), "
                    + "so no risk or state claims are made. A person should read it.";
            case OK -> "";
        };
    }

    private String style(String code, String s) {
        return ansi ? code + s + RESET : s;
    }
}
