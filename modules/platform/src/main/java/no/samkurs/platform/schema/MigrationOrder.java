package no.samkurs.platform.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Components in the order they are migrated: each after the components it names in {@code after}. */
final class MigrationOrder {

    private MigrationOrder() {
    }

    /** Where several components could go next, the alphabetically first goes, so the order is the same everywhere. */
    static List<ComponentSchema> of(Collection<ComponentSchema> components) {
        Map<String, ComponentSchema> byName = new TreeMap<>();
        for (ComponentSchema component : components) {
            if (byName.put(component.name(), component) != null) {
                throw new IllegalStateException("Two jars declare the schema component " + component.name());
            }
        }
        for (ComponentSchema component : byName.values()) {
            for (String before : component.after()) {
                if (!byName.containsKey(before)) {
                    throw new IllegalStateException("The schema of " + component.name() + " comes after " + before
                            + ", which is not on the classpath");
                }
            }
        }
        List<ComponentSchema> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (ordered.size() < byName.size()) {
            ComponentSchema next = byName.values().stream()
                    .filter(c -> !done.contains(c.name()) && done.containsAll(c.after()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The schema components wait for each other in a cycle: "
                            + byName.keySet().stream().filter(name -> !done.contains(name)).toList()));
            ordered.add(next);
            done.add(next.name());
        }
        return ordered;
    }
}
