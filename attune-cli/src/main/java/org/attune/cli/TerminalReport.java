package org.attune.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attune.core.assessment.Assessment;
import org.attune.core.assessment.AuthorSection;
import org.attune.core.assessment.Status;
import org.attune.core.context.AuthorContext;
import org.attune.core.emotion.AuthorEmotions;
import org.attune.core.emotion.EmotionScore;
import org.attune.core.emotion.SentenceEmotions;
import org.attune.core.safety.AuthorRisk;
import org.attune.core.safety.Evidence;
import org.attune.core.safety.HarmfulReply;
import org.attune.core.safety.TriageLevel;
import org.attune.core.support.EmpathyLevel;
import org.attune.core.support.Rationale;
import org.attune.core.support.ReplySupport;
import org.attune.core.support.SentenceStrategy;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.core.traps.TrapScore;
import org.attune.core.traps.TrapSentence;

/**
 * The readable report of {@code attune analyze}: a header, a section per author with its risk, emotions (with the
 * sentences that carry them), context and thinking traps, then the thread post by post with the evidence and the trap
 * sentences highlighted, each trap sentence followed by its trap names, and each reply's empathy and strategies. With
 * colour (ANSI) evidence is shown in reverse video and trap sentences underlined; without, they are wrapped in [[ ]]
 * and {{ }} so that they survive a pipe or a log.
 */
final class TerminalReport {
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String HIGHLIGHT = "\u001B[1;30;43m";
    private static final String URGENT = "\u001B[1;37;41m";
    private static final String TRAP = "\u001B[4;36m";

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
        List<Evidence> evidence = new ArrayList<>();
        List<TrapSentence> traps = new ArrayList<>();
        for (AuthorSection s : a.authors()) {
            out.append(style(BOLD, s.author())).append(" (").append(s.role()).append(") · ")
                    .append(s.posts().size()).append(s.posts().size() == 1 ? " post" : " posts").append(" · ")
                    .append(s.words()).append(" words\n");
            AuthorRisk r = s.risk();
            if (r != null) {
                String level = r.level().wireName().toUpperCase(Locale.ROOT);
                out.append("  risk: ").append(r.level().compareTo(TriageLevel.HIGH) >= 0 ? style(URGENT, " " + level
                        + " ") : style(BOLD, level)).append(" · C-SSRS ").append(r.cssrs().level())
                        .append(" · self-injury ").append(r.selfInjury().recency().wireName())
                        .append(String.format(Locale.ROOT, " · p(attention now) %.2f%s%n", r.probability(),
                                r.calibrated() ? "" : " (raised by a structured signal)"));
                for (Evidence e : r.evidence()) {
                    out.append("    ").append(style(DIM, e.signal() + " @ " + e.post() + "[" + e.begin() + ","
                            + e.end() + ")")).append(" ").append(mark(oneLine(e.text()))).append('\n');
                    evidence.add(e);
                }
            }
            emotions(out, thread, s);
            context(out, s);
            if (s.traps() != null && !s.traps().isEmpty()) {
                out.append("  thinking traps: ").append(s.traps().size())
                        .append(s.traps().size() == 1 ? " sentence" : " sentences").append('\n');
                for (TrapSentence t : s.traps()) {
                    out.append("    ").append(style(DIM, t.post() + "[" + t.begin() + "," + t.end() + ")"))
                            .append(' ').append(names(t, true)).append(' ')
                            .append(markTrap(oneLine(original(thread, t)))).append('\n');
                }
                traps.addAll(s.traps());
            }
        }
        if (a.harmfulReplies() != null && !a.harmfulReplies().isEmpty()) {
            out.append('\n').append(style(BOLD, "Harmful replies (Samaritans' guidance)")).append('\n');
            for (HarmfulReply h : a.harmfulReplies()) {
                out.append("  ").append(h.post()).append(" by ").append(h.author()).append(": ").append(h.kind())
                        .append('\n');
                evidence.addAll(h.evidence());
            }
        }
        if (a.support() != null && !a.support().isEmpty()) {
            out.append('\n').append(style(BOLD, "Replies: empathy (EPITOME, 0-2) and support strategy per sentence "
                    + "(ESConv)")).append('\n');
            for (ReplySupport r : a.support()) {
                renderSupport(out, r);
            }
        }
        for (Post p : thread.posts()) {
            String indent = "  ".repeat(thread.depth(p.id()));
            out.append('\n').append(indent).append(style(DIM, "── " + p.id() + " · " + p.author()
                    + (thread.parentId(p.id()) == null ? "" : " · answers " + thread.parentId(p.id())))).append('\n');
            if (p.title() != null) {
                out.append(indent).append(style(BOLD, highlight(p.title(), spans(evidence, p.id(), "title"),
                        trapSpans(traps, p.id(), "title")))).append('\n');
            }
            for (String line : highlight(p.text(), spans(evidence, p.id(), "text"), trapSpans(traps, p.id(), "text"))
                    .split("\n", -1)) {
                out.append(indent).append("  ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * One reply: its three empathy levels, then each sentence with its strategy, the words in the rationale of a
     * mechanism marked and the mechanisms named (ER emotional reactions, IP interpretations, EX explorations).
     */
    private void renderSupport(StringBuilder out, ReplySupport r) {
        out.append("  ").append(r.post()).append(" by ").append(r.author()).append(" → ").append(r.answers());
        for (EmpathyLevel e : r.empathy()) {
            out.append(" · ").append(e.mechanism().wireName().replace('-', ' ')).append(' ')
                    .append(e.level() > 0 ? style(BOLD, String.valueOf(e.level())) : "0")
                    .append(String.format(Locale.ROOT, " (p %.2f)", e.probabilities().get(e.level())));
        }
        out.append('\n');
        for (SentenceStrategy s : r.strategies()) {
            List<String> mechanisms = new ArrayList<>();
            BitSet marked = new BitSet();
            for (EmpathyLevel e : r.empathy()) {
                for (Rationale x : e.rationale()) {
                    if (x.field().equals(s.field()) && x.begin() < s.end() && x.end() > s.begin()) {
                        marked.set(Math.max(x.begin(), s.begin()) - s.begin(), Math.min(x.end(), s.end()) - s.begin());
                        mechanisms.add(switch (e.mechanism()) { // a mechanism's passages are apart
                            case EMOTIONAL_REACTIONS -> "ER";
                            case INTERPRETATIONS -> "IP";
                            case EXPLORATIONS -> "EX";
                        });
                    }
                }
            }
            String text = oneLine(s.text());
            StringBuilder shown = new StringBuilder(); // the parts of the sentence in a rationale marked
            int done = 0;
            for (int from = marked.nextSetBit(0); from >= 0; from = marked.nextSetBit(done)) {
                int to = Math.min(text.length(), marked.nextClearBit(from));
                shown.append(text, done, from).append(mark(text.substring(from, to)));
                done = to;
            }
            shown.append(text.substring(done));
            out.append("    ").append(style(DIM, String.format(Locale.ROOT, "%-28s", s.strategy().wireName())))
                    .append(' ').append(mechanisms.isEmpty() ? text : shown + " "
                            + String.join(" ", mechanisms)).append('\n');
        }
    }

    /** The author's top emotions, then each sentence that carries one, with its text marked. */
    private void emotions(StringBuilder out, PostThread thread, AuthorSection s) {
        AuthorEmotions e = s.emotions();
        if (e == null) {
            return;
        }
        out.append("  emotions: ").append(e.labels().isEmpty() ? "none over threshold" : scores(e.labels(), 5))
                .append('\n');
        for (SentenceEmotions se : e.sentences()) {
            Post p = thread.post(se.post());
            String text = se.field().equals("title") ? p.title() : p.text();
            out.append("    ").append(style(DIM, scores(se.labels(), 3) + " @ " + se.post() + "[" + se.begin() + ","
                    + se.end() + ")")).append(' ').append(mark(oneLine(text.substring(se.begin(), se.end()))))
                    .append('\n');
        }
    }

    private static String scores(List<EmotionScore> labels, int max) {
        List<String> parts = new ArrayList<>();
        for (EmotionScore l : labels.subList(0, Math.min(max, labels.size()))) {
            parts.add(String.format(Locale.ROOT, "%s %.2f", l.label(), l.probability()));
        }
        return String.join(" · ", parts);
    }

    /** The author's stress and most probable causes of distress. */
    private void context(StringBuilder out, AuthorSection s) {
        AuthorContext c = s.context();
        if (c == null) {
            return;
        }
        List<Map.Entry<String, Double>> causes = new ArrayList<>(c.causes().entrySet());
        causes.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        out.append(String.format(Locale.ROOT, "  stress: %s (p %.2f) · cause of distress: %s %.2f (then %s %.2f)%n",
                c.stressed() ? style(BOLD, "yes") : "no", c.stress(), style(BOLD, c.cause()),
                c.causes().get(c.cause()), causes.get(1).getKey(), causes.get(1).getValue()));
    }

    private static String statusLine(Status status) {
        return switch (status) {
            case EMPTY -> "No text to analyse: no claims are made.";
            case UNSUPPORTED_LANGUAGE -> "Not analysed: the text is not in a supported language (English), "
                    + "so no risk or state claims are made. A person should read it.";
            case OK -> "";
        };
    }

    private static List<int[]> spans(List<Evidence> evidence, String post, String field) {
        List<int[]> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.post().equals(post) && e.field().equals(field)) {
                out.add(new int[] {e.begin(), e.end()});
            }
        }
        out.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        return out;
    }

    /** The trap sentences of one field of one post, in order. */
    private static List<TrapSentence> trapSpans(List<TrapSentence> traps, String post, String field) {
        List<TrapSentence> out = new ArrayList<>();
        for (TrapSentence t : traps) {
            if (t.post().equals(post) && t.field().equals(field)) {
                out.add(t);
            }
        }
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    /**
     * The text with the evidence spans marked (overlapping spans merged) and each trap sentence marked and followed by
     * its trap names. Evidence wins where the two overlap; the names still follow the sentence.
     */
    private String highlight(String text, List<int[]> spans, List<TrapSentence> traps) {
        List<int[]> marks = new ArrayList<>(); // begin, end, kind (0 evidence, 1 trap), index of the trap sentence
        for (int i = 0; i < spans.size(); i++) {
            int b = spans.get(i)[0];
            int e = spans.get(i)[1];
            while (i + 1 < spans.size() && spans.get(i + 1)[0] <= e) {
                e = Math.max(e, spans.get(++i)[1]);
            }
            marks.add(new int[] {b, e, 0, -1});
        }
        for (int i = 0; i < traps.size(); i++) {
            marks.add(new int[] {traps.get(i).begin(), traps.get(i).end(), 1, i});
        }
        marks.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[2], y[2]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] m : marks) {
            int b = Math.max(at, m[0]);
            int e = Math.min(text.length(), m[1]);
            if (e > b) {
                out.append(text, at, b).append(m[2] == 0 ? mark(text.substring(b, e)) : markTrap(text.substring(b, e)));
                at = e;
            }
            if (m[2] == 1) {
                out.append(' ').append(names(traps.get(m[3]), false)); // after its sentence, or the evidence over it
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /** "‹labeling 0.62, personalizing 0.41›", with probabilities in the author section, without in the text. */
    private String names(TrapSentence t, boolean probabilities) {
        List<String> names = new ArrayList<>();
        for (TrapScore s : t.traps()) {
            names.add(probabilities ? String.format(Locale.ROOT, "%s %.2f", s.trap().wireName(), s.probability())
                    : s.trap().wireName());
        }
        return style(DIM, "\u2039" + String.join(", ", names) + "\u203A");
    }

    private static String original(PostThread thread, TrapSentence t) {
        Post p = thread.post(t.post());
        String field = t.field().equals("title") ? p.title() : p.text();
        return field.substring(t.begin(), t.end());
    }

    private String markTrap(String s) {
        return ansi ? TRAP + s + RESET : "{{" + s + "}}";
    }

    private String mark(String s) {
        return ansi ? HIGHLIGHT + s + RESET : "[[" + s + "]]";
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private String style(String code, String s) {
        return ansi ? code + s + RESET : s;
    }
}
