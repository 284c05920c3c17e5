package no.samkurs.directory.people;

import no.samkurs.platform.schema.TestDatabase;

class PeopleImportOnMariaDbTest extends PeopleImportContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
