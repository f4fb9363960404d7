package org.attune.core.text;

/** Half-open UTF-16 range {@code [begin, end)} into the ORIGINAL text, whatever normalisation happened inside. */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean isEmpty() {
        return begin == end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public String of(CharSequence original) {
        return original.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
