package no.samkurs.calendar.overlap.control;

import no.samkurs.platform.schema.TestDatabase;

/** A region's overlaps and their marks on a real MariaDB/MySQL server. */
class OverlapsOnMariaDbTest extends OverlapsContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
