package no.samkurs.platform.schema;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaTest {

    @Test
    void mysqlFamilyGetsUtf8mb4TablesAndDatetime() {
        assertEquals(Schema.MYSQL, Schema.placeholdersFor("MySQL"));
        assertEquals(Schema.MYSQL, Schema.placeholdersFor("MariaDB"));
        assertTrue(Schema.MYSQL.get("table_options").contains("utf8mb4"));
        assertEquals("DATETIME(6)", Schema.MYSQL.get("datetime"));
    }

    @Test
    void h2GetsPlainTimestamps() {
        assertEquals(Schema.H2, Schema.placeholdersFor("H2"));
        assertEquals("", Schema.H2.get("table_options"));
    }
}
