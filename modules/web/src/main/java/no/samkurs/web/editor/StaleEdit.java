package no.samkurs.web.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A save refused because someone else saved the offering first: the person's form put on top of the version now
 * stored (a three-way merge per field), and what the other person changed. A field the person did not touch takes
 * the stored value, so saving again keeps the other's work; a field they changed keeps their input, and if the other
 * changed it too, the change is marked as both, for them to decide. Nothing is saved here.
 */
public record StaleEdit(OfferingForm merged, List<Change> changes) implements Serializable {

    /** A field the other person changed: their value now stored and the value in this person's form. */
    public record Change(FormField field, Object theirs, Object mine, boolean both) implements Serializable {

        public String key() {
            return field.key();
        }
    }

    static StaleEdit merge(OfferingForm base, OfferingForm theirs, OfferingForm mine) {
        OfferingForm merged = mine.copy();
        merged.setVersion(theirs.getVersion());
        List<Change> changes = new ArrayList<>();
        for (FormField field : FormField.values()) {
            boolean mineChanged = !field.same(base, mine);
            if (!mineChanged) {
                field.set(merged, field.get(theirs));
            }
            if (!field.same(base, theirs)) {
                changes.add(new Change(field, field.get(theirs), field.get(mine),
                        mineChanged && !field.same(mine, theirs)));
            }
        }
        // A session the other person removed is, if this person keeps it, a new one: its old id is gone.
        Set<String> stored = theirs.getSessions().stream().map(SessionRow::getId).collect(Collectors.toSet());
        merged.getSessions().stream().filter(r -> r.getId() != null && !stored.contains(r.getId()))
                .forEach(r -> r.setId(null));
        return new StaleEdit(merged, List.copyOf(changes));
    }

    /** The other person changed nothing the form shows (say, only a co-host's answer): saving again loses nothing. */
    boolean isInvisible() {
        return changes.isEmpty();
    }
}
