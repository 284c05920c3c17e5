package no.samkurs.notification.outbox.boundary;

import no.samkurs.notification.outbox.control.MailSettings;

import java.util.Locale;

/**
 * Whether messages leave: the SMTP server ({@code host:port}), how it is reached and the sender address; or not
 * set up, and then the messages stay in the outbox. Never the user name or password.
 */
public record MailView(boolean configured, String server, String security, String from, String note) {

    static final String NOT_CONFIGURED = "Ikke satt opp (samkurs.mail.host): meldingene blir liggende i utboksen og "
            + "sendes ikke.";

    static MailView of(MailSettings smtp) {
        if (!smtp.configured()) {
            return new MailView(false, null, null, smtp.from(), NOT_CONFIGURED);
        }
        return new MailView(true, smtp.host() + ":" + smtp.port(), smtp.security().name().toLowerCase(Locale.ROOT),
                smtp.from(), null);
    }
}
