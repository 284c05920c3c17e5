package no.samkurs.platform.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ComponentSchemaTest {

    @Test
    void theDescriptorInAJarDeclaresTheComponent(@TempDir Path jar) throws IOException {
        Files.createDirectories(jar.resolve("META-INF"));
        Files.writeString(jar.resolve(ComponentSchema.DESCRIPTOR), """
                # a comment
                name=catalog
                after=directory, platform
                shared-history=3:1
                """);
        try (var loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            assertEquals(List.of(new ComponentSchema("catalog", Set.of("directory", "platform"), Map.of(3, 1))),
                    ComponentSchema.onClasspath(loader));
        }
    }

    @Test
    void theNameFixesLocationAndHistoryTable() {
        var calendar = new ComponentSchema("calendar", Set.of("catalog"), Map.of());
        assertEquals("db/calendar", calendar.location());
        assertEquals("flyway_history_calendar", calendar.historyTable());
    }

    @Test
    void aNameThatCannotBeAFolderAndATableNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ComponentSchema("Calendar", Set.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ComponentSchema("../x", Set.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ComponentSchema(null, Set.of(), Map.of()));
    }
}
