package no.samkurs.web.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A save refused because someone else saved the series first, answered as the offering form answers it
 * ({@link StaleEdit}): the person's form put on top of the version now stored, field by field, and what the other
 * person changed. Nothing is saved here.
 */
public record StaleSeries(SeriesForm merged, List<Change> changes) implements Serializable {

    /** A field the other person changed: their value now stored and the value in this person's form. */
    public record Change(SeriesField field, String theirs, String mine, boolean both) implements Serializable {
    }

    static StaleSeries merge(SeriesForm base, SeriesForm theirs, SeriesForm mine) {
        SeriesForm merged = mine.copy();
        merged.setVersion(theirs.getVersion());
        List<Change> changes = new ArrayList<>();
        for (SeriesField field : SeriesField.values()) {
            boolean mineChanged = !field.same(base, mine);
            if (!mineChanged) {
                field.set(merged, field.get(theirs));
            }
            if (!field.same(base, theirs)) {
                changes.add(new Change(field, field.get(theirs), field.get(mine),
                        mineChanged && !field.same(mine, theirs)));
            }
        }
        return new StaleSeries(merged, List.copyOf(changes));
    }
}
