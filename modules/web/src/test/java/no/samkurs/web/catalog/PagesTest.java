package no.samkurs.web.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagesTest {

    @Test
    void fewPagesAreAllListed() {
        assertEquals(List.of(1), Pages.around(1, 1));
        assertEquals(List.of(1, 2, 3), Pages.around(1, 3));
    }

    @Test
    void manyPagesShowTheEndsAndTheNeighboursWithGaps() {
        assertEquals(List.of(1, 0, 3, 4, 5, 6, 7, 0, 10), Pages.around(5, 10));
        assertEquals(List.of(1, 2, 3, 4, 0, 50), Pages.around(2, 50));
        assertEquals(List.of(1, 0, 48, 49, 50), Pages.around(50, 50));
    }

    @Test
    void noGapForASinglePageLeftOut() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Pages.around(4, 6));
    }
}
