package no.samkurs.calendar.overlap.control;

import no.samkurs.platform.schema.TestDatabase;

/** A region's overlaps and their marks on H2, the embedded default of the run command. */
class OverlapsOnH2Test extends OverlapsContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
