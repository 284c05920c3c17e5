package no.samkurs.web.admin;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagingTest {

    @Test
    void anAddressAsksForAPageOrGetsTheFirst() {
        assertEquals(1, Paging.requested(null));
        assertEquals(1, Paging.requested("to"));
        assertEquals(1, Paging.requested("-3"));
        assertEquals(3, Paging.requested(" 3 "));
    }

    @Test
    void thePageShownIsWithinThePagesThereAre() {
        Paging middle = Paging.of(2, 45, 20);
        assertEquals(new Paging(2, 3, 20), middle);
        assertEquals(20, middle.first());
        assertTrue(middle.hasPrevious());
        assertTrue(middle.hasNext());

        assertEquals(new Paging(3, 3, 20), Paging.of(9, 45, 20), "beyond the last: the last");
        Paging none = Paging.of(1, 0, 20);
        assertEquals(new Paging(1, 1, 20), none, "an empty list has one empty page");
        assertFalse(none.hasPrevious());
        assertFalse(none.hasNext());
    }
}
