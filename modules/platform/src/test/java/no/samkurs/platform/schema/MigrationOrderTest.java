package no.samkurs.platform.schema;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationOrderTest {

    static ComponentSchema component(String name, String... after) {
        return new ComponentSchema(name, Set.of(after), Map.of());
    }

    static List<String> names(List<ComponentSchema> components) {
        return components.stream().map(ComponentSchema::name).toList();
    }

    @Test
    void eachComponentComesAfterTheComponentsItNames() {
        var ordered = MigrationOrder.of(List.of(component("notification", "enrollment"),
                component("enrollment", "calendar", "directory"), component("calendar", "catalog"),
                component("catalog", "directory"), component("directory")));
        assertEquals(List.of("directory", "catalog", "calendar", "enrollment", "notification"), names(ordered));
    }

    @Test
    void independentComponentsGoAlphabeticallySoTheOrderIsTheSameEverywhere() {
        var ordered = MigrationOrder.of(List.of(component("web", "directory"), component("insight", "directory"),
                component("directory")));
        assertEquals(List.of("directory", "insight", "web"), names(ordered));
    }

    @Test
    void aComponentAfterOneThatIsMissingIsRefused() {
        var refused = assertThrows(IllegalStateException.class,
                () -> MigrationOrder.of(List.of(component("catalog", "directory"))));
        assertTrue(refused.getMessage().contains("catalog comes after directory"), refused.getMessage());
    }

    @Test
    void aCycleIsRefused() {
        var refused = assertThrows(IllegalStateException.class,
                () -> MigrationOrder.of(List.of(component("a", "b"), component("b", "a"), component("c"))));
        assertTrue(refused.getMessage().contains("[a, b]"), refused.getMessage());
    }

    @Test
    void twoJarsWithTheSameComponentAreRefused() {
        assertThrows(IllegalStateException.class,
                () -> MigrationOrder.of(List.of(component("catalog"), component("catalog"))));
    }
}
