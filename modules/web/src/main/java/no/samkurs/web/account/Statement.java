package no.samkurs.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the accessibility statement needs to know of this installation: where feedback goes. */
@Named("accessibilityStatement")
@ApplicationScoped
public class Statement {

    @Inject
    @ConfigProperty(name = "samkurs.accessibility.contact", defaultValue = "tilgjengelighet@samkurs.no")
    String contact;

    public String getContact() {
        return contact;
    }
}
