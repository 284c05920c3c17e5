package no.samkurs.notification.outbox.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * How to reach the SMTP server and whom messages come from. Without a host nothing is sent: the messages stay in
 * the outbox (the embedded default). {@code security}: {@code none}, {@code starttls} (the server must offer it)
 * or {@code tls} (TLS from the first byte); a port of 0 takes the usual one for it (25, 587, 465). The server's
 * certificate and name are checked whenever TLS is used.
 */
public record MailSettings(String host, int port, Security security, String user, String password, String from,
                           String fromName, Duration timeout) {

    public enum Security {
        NONE(25), STARTTLS(587), TLS(465);

        private final int port;

        Security(int port) {
            this.port = port;
        }

        public static Security of(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("samkurs.mail.security is none, starttls or tls, not " + name, e);
            }
        }
    }

    public MailSettings {
        host = host == null || host.isBlank() ? null : host.strip();
        port = port > 0 ? port : security.port;
        user = user == null || user.isBlank() ? null : user;
    }

    public boolean configured() {
        return host != null;
    }

    /** A mail session for these settings; its messages go out with {@link #connect}. */
    public Session session() {
        Properties p = new Properties();
        String ms = String.valueOf(timeout.toMillis());
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host == null ? "localhost" : host);
        p.setProperty("mail.smtp.port", String.valueOf(port));
        p.setProperty("mail.smtp.connectiontimeout", ms);
        p.setProperty("mail.smtp.timeout", ms);
        p.setProperty("mail.smtp.writetimeout", ms);
        p.setProperty("mail.smtp.from", from);
        p.setProperty("mail.smtp.auth", String.valueOf(user != null));
        if (security == Security.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (security == Security.TLS) {
            p.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (security != Security.NONE) {
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(p);
    }

    /** An open connection to the server, signed in when a user is set. */
    public Transport connect(Session session) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(host, port, user, password);
        return transport;
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + ", " + security + ", user " + user + ", from " + from + "]";
    }
}
