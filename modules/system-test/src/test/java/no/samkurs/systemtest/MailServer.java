package no.samkurs.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The SMTP server the application is configured with: GreenMail in the test JVM on a fixed port. {@link #down()}
 * stops it, so that the port refuses connections as a mail server that is down does, and {@link #up()} starts a new
 * one there. What it received is kept across its lives.
 */
final class MailServer implements AutoCloseable {

    /** After the last expected message, how long a duplicate has to show up before it is counted as none. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    private final int port;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail running;

    MailServer(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    synchronized void up() {
        if (running == null) {
            running = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            running.start();
        }
    }

    synchronized void down() {
        if (running != null) {
            earlier.addAll(Arrays.asList(running.getReceivedMessages()));
            running.stop();
            running = null;
        }
    }

    synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (running != null) {
            all.addAll(Arrays.asList(running.getReceivedMessages()));
        }
        return all;
    }

    /**
     * Waits until a message with each of these Message-IDs has arrived, and a moment longer; answers every message
     * received with one of them, a duplicate too.
     */
    List<Mail> await(Set<String> messageIds, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        List<MimeMessage> arrived = withIds(messageIds);
        while (arrived.stream().map(MailServer::messageId).distinct().count() < messageIds.size()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Within " + within + " " + arrived.size() + " of " + messageIds.size()
                        + " messages arrived");
            }
            Thread.sleep(250);
            arrived = withIds(messageIds);
        }
        Thread.sleep(QUIET.toMillis());
        return withIds(messageIds).stream().map(Mail::of).toList();
    }

    private List<MimeMessage> withIds(Set<String> messageIds) {
        return received().stream().filter(m -> messageIds.contains(messageId(m))).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        down();
    }
}
