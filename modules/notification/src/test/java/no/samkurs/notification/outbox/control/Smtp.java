package no.samkurs.notification.outbox.control;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.notification.message.control.LocalLetters;
import no.samkurs.notification.message.control.Parts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a free port, and the sender delivering the outbox to it as the container's
 * would; for the tests of the messages beyond an enrollment's.
 */
public final class Smtp implements AutoCloseable {

    private final GreenMail server;
    private final Sender sender = new Sender();

    public Smtp(EntityManagerFactory jpa, Clock clock) {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        sender.claims = new LocalClaims(jpa);
        sender.letters = new LocalLetters(jpa);
        sender.clock = clock;
        sender.smtp = new MailSettings("127.0.0.1", port, MailSettings.Security.NONE, null, null, "kurs@samkurs.no",
                "Samkurs", Duration.ofSeconds(5));
        sender.retries = SenderContract.RETRIES;
        sender.lease = SenderContract.LEASE;
        sender.batch = 50;
        sender.site = "https://samkurs.no";
        sender.instance = "test";
    }

    /** Delivers what is due; answers how many were sent. */
    public int deliver() {
        return sender.deliverDue();
    }

    /** Every message the server received, read back as a mail client reads it. */
    public List<Parts> received() {
        return Arrays.stream(server.getReceivedMessages()).map(Parts::of).toList();
    }

    /** Those sent to the address. */
    public List<Parts> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipient(m).contains(address))
                .map(Parts::of).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
