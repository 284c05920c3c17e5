package no.samkurs.platform.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One component's share of the schema, declared by the file {@value #DESCRIPTOR} in the component's jar:
 * <pre>
 * name=catalog
 * after=directory
 * </pre>
 * The name fixes the rest: the component's migrations live in {@link #location()} and are numbered from V1, and
 * Flyway records them in {@link #historyTable()}. {@code after} lists (comma-separated) the components whose tables
 * its migrations refer to; those are migrated first. {@code shared-history} is only for the components that predate
 * per-component histories (see {@link SharedHistory}).
 */
public record ComponentSchema(String name, Set<String> after, Map<Integer, Integer> sharedHistory) {

    public static final String DESCRIPTOR = "META-INF/samkurs-schema.properties";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");

    public ComponentSchema {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A component's schema name is lower-case letters and digits, not " + name);
        }
        after = Set.copyOf(after);
        sharedHistory = Map.copyOf(sharedHistory);
    }

    /** SQL migrations in this classpath folder, Java migrations in the package of the same name ({@code db.catalog}). */
    public String location() {
        return "db/" + name;
    }

    /** Flyway's record of which of this component's migrations ran. */
    public String historyTable() {
        return "flyway_history_" + name;
    }

    /** The components whose jars the class loader sees. */
    static List<ComponentSchema> onClasspath(ClassLoader loader) {
        List<ComponentSchema> components = new ArrayList<>();
        try {
            for (URL descriptor : Collections.list(loader.getResources(DESCRIPTOR))) {
                components.add(read(descriptor));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the components' " + DESCRIPTOR, e);
        }
        return components;
    }

    private static ComponentSchema read(URL descriptor) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = descriptor.openStream()) {
            properties.load(in);
        }
        return new ComponentSchema(properties.getProperty("name"), list(properties.getProperty("after")),
                sharedHistory(properties.getProperty("shared-history")));
    }

    private static Set<String> list(String value) {
        return value == null ? Set.of() : Arrays.stream(value.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** Pairs {@code shared:own}, e.g. {@code 3:1} (version 3 of the shared history is this component's V1). */
    private static Map<Integer, Integer> sharedHistory(String value) {
        Map<Integer, Integer> versions = new HashMap<>();
        for (String pair : list(value)) {
            String[] versionsOf = pair.split(":");
            versions.put(Integer.valueOf(versionsOf[0].strip()), Integer.valueOf(versionsOf[1].strip()));
        }
        return versions;
    }
}
