package no.samkurs.directory.people.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeopleTest {

    @Test
    void aSearchTextIsFoundAnywhereAndItsWildcardsAreLiteral() {
        assertEquals("%%", People.pattern(null));
        assertEquals("%%", People.pattern("  "));
        assertEquals("%dina%", People.pattern(" Dina "));
        assertEquals("%50!%!_off!!%", People.pattern("50%_off!"));
    }
}
