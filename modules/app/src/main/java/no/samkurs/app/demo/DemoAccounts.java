package no.samkurs.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.samkurs.platform.schema.SchemaReady;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;
import java.util.logging.Logger;

/** Creates one demo account per role, with the password from configuration, unless they already exist. */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    record Demo(String email, String name, Role role, String municipality, String organisation) {
    }

    static final Set<Demo> ACCOUNTS = Set.of(
            new Demo("deltaker@samkurs.no", "Dina Deltaker (helsesykepleier, Alta)", Role.PARTICIPANT, "5601", null),
            new Demo("kontakt@samkurs.no", "Kari Kontakt (kommunekontakt, Alta)", Role.MUNICIPAL_CONTACT, "5601", null),
            new Demo("redaktor@samkurs.no", "Rune Redaktør (RVTS Nord)", Role.PROVIDER_EDITOR, null, "rvts-nord"),
            new Demo("koordinator@samkurs.no", "Kristin Koordinator (Statsforvalteren i Troms og Finnmark)",
                    Role.REGIONAL_COORDINATOR, null, "sf-troms-og-finnmark"),
            new Demo("admin@samkurs.no", "Ada Administrator", Role.ADMINISTRATOR, null, null));

    @Inject
    @ConfigProperty(name = "samkurs.demo.accounts", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "samkurs.demo.password", defaultValue = "samkurs-demo")
    String password;

    @Inject
    Accounts accounts;

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        if (!enabled) {
            return;
        }
        for (Demo demo : ACCOUNTS) {
            if (accounts.byEmail(demo.email()).isEmpty()) {
                accounts.create(demo.email(), demo.name(), password, Set.of(demo.role()),
                        demo.municipality(), demo.organisation());
                LOG.info(() -> "Demo account created: " + demo.email() + " (" + demo.role().roleName() + ")");
            }
        }
    }
}
