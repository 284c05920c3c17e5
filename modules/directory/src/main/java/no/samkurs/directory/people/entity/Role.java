package no.samkurs.directory.people.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The roles of Samkurs. The names are the security roles used in {@code @RolesAllowed}. */
public enum Role {
    PARTICIPANT(Names.PARTICIPANT, Home.MUNICIPALITY),
    MUNICIPAL_CONTACT(Names.MUNICIPAL_CONTACT, Home.MUNICIPALITY),
    PROVIDER_EDITOR(Names.PROVIDER_EDITOR, Home.ORGANISATION),
    REGIONAL_COORDINATOR(Names.REGIONAL_COORDINATOR, Home.ORGANISATION),
    ADMINISTRATOR(Names.ADMINISTRATOR, Home.ANY);

    /** Where a person with the role must belong. */
    public enum Home { MUNICIPALITY, ORGANISATION, ANY }

    /** Compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String PARTICIPANT = "participant";
        public static final String MUNICIPAL_CONTACT = "municipal-contact";
        public static final String PROVIDER_EDITOR = "provider-editor";
        public static final String REGIONAL_COORDINATOR = "regional-coordinator";
        public static final String ADMINISTRATOR = "administrator";

        private Names() {
        }
    }

    private final String roleName;
    private final Home home;

    Role(String roleName, Home home) {
        this.roleName = roleName;
        this.home = home;
    }

    public String roleName() {
        return roleName;
    }

    public Home home() {
        return home;
    }

    public static Optional<Role> ofName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equalsIgnoreCase(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Role::roleName).toList();
    }
}
