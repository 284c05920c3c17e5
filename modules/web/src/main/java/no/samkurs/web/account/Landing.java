package no.samkurs.web.account;

import no.samkurs.directory.people.entity.Role;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where signing in leads when the person was not on their way to a page: the work of their most far-reaching role.
 * Participants and municipal contacts, and anyone else, land on "Min side".
 */
public final class Landing {

    static final String MY_PAGE = "/min-side";

    /** Most far-reaching first: an administrator who also edits lands on administration. */
    private static final Map<Role, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put(Role.ADMINISTRATOR, "/admin");
        PAGES.put(Role.REGIONAL_COORDINATOR, "/koordinator");
        PAGES.put(Role.PROVIDER_EDITOR, "/redaktor");
    }

    private Landing() {
    }

    public static String of(Set<Role> roles) {
        return PAGES.entrySet().stream().filter(page -> roles.contains(page.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(MY_PAGE);
    }
}
