package no.samkurs.notification.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.samkurs.notification.outbox.entity.Retries;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** The mail settings ({@code samkurs.mail.*}, described in docs/operations.md), read once. */
@ApplicationScoped
public class MailConfig {

    static final String LOCAL_SITE = "http://localhost:8080";

    @Inject
    @ConfigProperty(name = "samkurs.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "samkurs.mail.port", defaultValue = "0")
    int port;

    @Inject
    @ConfigProperty(name = "samkurs.mail.security", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "samkurs.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "samkurs.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "samkurs.mail.from", defaultValue = "ikke-svar@samkurs.no")
    String from;

    @Inject
    @ConfigProperty(name = "samkurs.mail.from-name", defaultValue = "Samkurs")
    String fromName;

    @Inject
    @ConfigProperty(name = "samkurs.mail.timeout", defaultValue = "PT30S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "samkurs.mail.interval", defaultValue = "PT10S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "samkurs.mail.batch", defaultValue = "50")
    int batch;

    @Inject
    @ConfigProperty(name = "samkurs.mail.lease", defaultValue = "PT5M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "samkurs.mail.attempts", defaultValue = "8")
    int attempts;

    @Inject
    @ConfigProperty(name = "samkurs.mail.first-retry", defaultValue = "PT1M")
    Duration firstRetry;

    @Inject
    @ConfigProperty(name = "samkurs.mail.longest-retry", defaultValue = "PT6H")
    Duration longestRetry;

    // The site's address for the links in messages: the same setting the calendar feeds write into events.
    @Inject
    @ConfigProperty(name = "samkurs.calendar.public-address")
    Optional<String> site;

    public MailSettings smtp() {
        return new MailSettings(host.orElse(null), port, MailSettings.Security.of(security), user.orElse(null),
                password.orElse(null), from, fromName, timeout);
    }

    public Retries retries() {
        return new Retries(firstRetry, longestRetry, attempts);
    }

    public Duration interval() {
        return interval;
    }

    public int batch() {
        return batch;
    }

    public Duration lease() {
        return lease;
    }

    /** The site's public address, without a trailing slash; the local run's when none is set. */
    public String site() {
        String root = site.filter(s -> !s.isBlank()).map(String::strip).orElse(LOCAL_SITE);
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    public boolean siteConfigured() {
        return site.filter(s -> !s.isBlank()).isPresent();
    }
}
