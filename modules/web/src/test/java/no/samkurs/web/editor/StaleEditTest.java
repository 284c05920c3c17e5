package no.samkurs.web.editor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaleEditTest {

    static OfferingForm stored(long version) {
        OfferingForm form = FormInputTest.filled();
        form.getSessions().get(0).setId("s1");
        form.setVersion(version);
        return form;
    }

    @Test
    void whatOnlyTheOtherChangedIsTakenAndWhatOnlyIChangedIsKept() {
        OfferingForm base = stored(3);
        OfferingForm theirs = stored(4);
        theirs.setDescription("Ny beskrivelse fra kollegaen.");
        OfferingForm mine = base.copy();
        mine.setSummary("Mitt nye sammendrag.");

        StaleEdit edit = StaleEdit.merge(base, theirs, mine);

        assertEquals("Ny beskrivelse fra kollegaen.", edit.merged().getDescription(), "their change is not undone");
        assertEquals("Mitt nye sammendrag.", edit.merged().getSummary(), "my input is kept");
        assertEquals(4, edit.merged().getVersion(), "the form now carries the stored version");
        assertEquals(1, edit.changes().size());
        StaleEdit.Change change = edit.changes().get(0);
        assertEquals("description", change.key());
        assertFalse(change.both());
    }

    @Test
    void aFieldWeBothChangedKeepsMyInputAndIsMarked() {
        OfferingForm base = stored(3);
        OfferingForm theirs = stored(4);
        theirs.setTitle("Deres tittel");
        OfferingForm mine = base.copy();
        mine.setTitle("Min tittel");

        StaleEdit edit = StaleEdit.merge(base, theirs, mine);

        assertEquals("Min tittel", edit.merged().getTitle());
        assertEquals(List.of(new StaleEdit.Change(FormField.TITLE, "Deres tittel", "Min tittel", true)),
                edit.changes());
    }

    @Test
    void choicesInAnotherOrderAndSpacesAreNoChange() {
        OfferingForm base = stored(3);
        OfferingForm theirs = stored(4);
        theirs.setTargetGroups(List.of("kindergarten", "school"));
        theirs.setTitle(base.getTitle().strip());
        OfferingForm mine = base.copy();
        mine.addSession();

        StaleEdit edit = StaleEdit.merge(base, theirs, mine);

        assertTrue(edit.isInvisible(), "nothing the form shows was changed: " + edit.changes());
    }

    @Test
    void aSessionTheOtherRemovedButIKeepIsNewAgain() {
        OfferingForm base = stored(3);
        OfferingForm theirs = stored(4);
        theirs.getSessions().clear();
        OfferingForm mine = base.copy();
        mine.getSessions().get(0).setTitle("Dag 1");

        StaleEdit edit = StaleEdit.merge(base, theirs, mine);

        assertEquals(1, edit.merged().getSessions().size());
        assertNull(edit.merged().getSessions().get(0).getId(), "its old id is gone with it");
        assertTrue(edit.changes().get(0).both());
    }

    @Test
    void theLoadedFormIsACopyThatTypingDoesNotChange() {
        OfferingForm base = stored(3);
        OfferingForm mine = base.copy();
        mine.getSessions().get(0).setStartTime("10:00");
        mine.getTopics().add("mental-health");
        assertEquals("09:00", base.getSessions().get(0).getStartTime());
        assertEquals(List.of("trauma"), base.getTopics());
    }
}
