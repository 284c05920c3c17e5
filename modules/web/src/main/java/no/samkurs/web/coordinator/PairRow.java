package no.samkurs.web.coordinator;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One overlapping pair as the overlaps page shows it, in the reader's words: both offerings, why they overlap, and
 * the coordinators' mark. Kept with the view, so that a mark posted from the page names the pair that was shown.
 */
public class PairRow implements Serializable {

    /** One offering of the pair: what, by whom, and when it meets from now on. */
    public record Side(String id, String title, String hosts, String days) implements Serializable {
    }

    /** The mark as stored: its state's code and words, the note, who and when, and the version to change it. */
    public record MarkShown(String state, String label, String note, String by, Instant at, long version)
            implements Serializable {
    }

    private final int index;
    private final Side first;
    private final Side second;
    private final String summary;
    private final List<String> reasons;
    private final MarkShown mark;

    PairRow(int index, Side first, Side second, String summary, List<String> reasons, MarkShown mark) {
        this.index = index;
        this.first = first;
        this.second = second;
        this.summary = summary;
        this.reasons = List.copyOf(reasons);
        this.mark = mark;
    }

    /** The pair's element id: the two offerings' ids, which name it across reloads. */
    public String getAnchor() {
        return "par-" + first.id() + "-" + second.id();
    }

    public int getIndex() {
        return index;
    }

    public Side getFirst() {
        return first;
    }

    public Side getSecond() {
        return second;
    }

    /** Why they overlap, in a few words for the pair's heading. */
    public String getSummary() {
        return summary;
    }

    public List<String> getReasons() {
        return reasons;
    }

    public MarkShown getMark() {
        return mark;
    }

    public boolean isMarked() {
        return mark != null;
    }

    public boolean is(String firstId, String secondId) {
        return first.id().equals(firstId) && second.id().equals(secondId);
    }
}
