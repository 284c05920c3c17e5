package no.samkurs.notification.outbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import no.samkurs.notification.message.control.Composer;
import no.samkurs.notification.message.control.Letter;
import no.samkurs.notification.message.control.Letters;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.notification.outbox.entity.Retries;
import no.samkurs.platform.schema.SchemaReady;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox, every {@code samkurs.mail.interval}: claims a batch of due messages, composes each and sends
 * them over one SMTP connection, batch after batch while there are more. A message that fails is settled alone (the
 * others go on). When the server cannot be reached, the batch is given back without attempts and the sender waits
 * by the retry rule before it tries again. Without a configured host it sends nothing and says so once.
 */
@ApplicationScoped
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class.getName());

    @Inject
    MailConfig config;

    @Inject
    Claims claims;

    @Inject
    Letters letters;

    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();
    MailSettings smtp;
    Retries retries;
    Duration lease;
    int batch;
    String site;
    String instance = instanceName();

    private Instant pausedUntil = Instant.MIN;
    private int outages;
    private volatile boolean stopping;

    @PostConstruct
    void configure() {
        smtp = config.smtp();
        retries = config.retries();
        lease = config.lease();
        batch = config.batch();
        site = config.site();
    }

    /** The application is stopping: the round in progress gives back what it has not sent. */
    @PreDestroy
    void stop() {
        stopping = true;
    }

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!smtp.configured()) {
            LOG.info("Mail is not configured (samkurs.mail.host): messages are kept in the outbox, none is sent.");
            return;
        }
        long every = config.interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Sending mail through " + smtp + " every " + config.interval());
        if (!config.siteConfigured()) {
            LOG.warning(() -> "samkurs.calendar.public-address is not set: messages link to " + site);
        }
    }

    void run() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivering the outbox failed; trying again at the next round", e);
        }
    }

    /**
     * One round: batches of due messages until a batch is not full (nothing more is due now), the server cannot be
     * reached, or the application stops; answers how many were sent. A burst is sent in one round, without waiting
     * for the next (measured: with a cap per round, the pauses were half of a 10,000-message delivery).
     */
    public synchronized int deliverDue() {
        if (stopping || !smtp.configured() || clock.instant().isBefore(pausedUntil)) {
            return 0;
        }
        int sent = 0;
        while (!stopping) {
            Round round = deliverBatch();
            sent += round.sent();
            if (round.claimed() < batch || round.outage()) {
                break;
            }
        }
        return sent;
    }

    private record Round(int claimed, int sent, boolean outage) {
    }

    private Round deliverBatch() {
        String claim = instance + "/" + UUID.randomUUID();
        Instant now = clock.instant();
        List<Notice> claimed = claims.claim(claim, now, now.plus(lease), batch);
        if (claimed.isEmpty()) {
            return new Round(0, 0, false);
        }
        Session session = smtp.session();
        Transport transport;
        try {
            // Connected first: while the server cannot be reached nothing is composed, and nothing is settled.
            transport = smtp.connect(session);
        } catch (MessagingException e) {
            // Not even connected (or not signed in): the server's fault, not the messages'.
            claims.release(claim);
            outage(e);
            return new Round(claimed.size(), 0, true);
        } catch (RuntimeException e) {
            claims.release(claim);
            throw e;
        }
        Map<Notice, MimeMessage> ready;
        try {
            ready = compose(claimed, claim, session, now);
        } catch (RuntimeException e) {
            close(transport);
            claims.release(claim);
            throw e;
        }
        int sent = 0;
        try {
            for (Map.Entry<Notice, MimeMessage> message : ready.entrySet()) {
                if (stopping) {
                    claims.release(claim);
                    return new Round(claimed.size(), sent, true);
                }
                if (!send(transport, message.getKey(), message.getValue(), claim)) {
                    claims.release(claim);
                    return new Round(claimed.size(), sent, true);
                }
                sent++;
            }
        } finally {
            close(transport);
        }
        outages = 0;
        return new Round(claimed.size(), sent, false);
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.fine(() -> "Closing the SMTP connection: " + reason(e));
        }
    }

    private Map<Notice, MimeMessage> compose(List<Notice> claimed, String claim, Session session, Instant now) {
        Letters.Reading reading = letters.read(claimed, new Letter.Party(smtp.from(), smtp.fromName()), site);
        Map<Notice, MimeMessage> ready = new LinkedHashMap<>();
        for (Notice notice : claimed) {
            Letter letter = reading.letters().get(notice.id());
            if (letter == null) {
                claims.failed(notice.id(), claim, reading.unreadable().get(notice.id()), true, now, retries);
                continue;
            }
            try {
                ready.put(notice, Composer.compose(letter, session, now));
            } catch (AddressException e) {
                claims.failed(notice.id(), claim, "Cannot be composed: " + reason(e), true, now, retries);
            } catch (MessagingException | RuntimeException e) {
                // Not necessarily the message's fault (a stopping server cannot load the mail classes): tried
                // again by the retry rule, and failed for good only when it keeps failing.
                claims.failed(notice.id(), claim, "Cannot be composed: " + reason(e), false, now, retries);
            }
        }
        return ready;
    }

    /** Sends one message and settles it; false when the connection is gone (the round stops). */
    private boolean send(Transport transport, Notice notice, MimeMessage message, String claim) {
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            settle(notice, () -> claims.failed(notice.id(), claim, reason(e), refused, clock.instant(), retries));
            return true;
        } catch (MessagingException e) {
            settle(notice, () -> claims.failed(notice.id(), claim, reason(e), false, clock.instant(), retries));
            if (transport.isConnected()) {
                return true;
            }
            outage(e);
            return false;
        }
        settle(notice, () -> claims.sent(notice.id(), claim, clock.instant()));
        return true;
    }

    /**
     * Stores how the message went. When this claim lost it meanwhile (its lease ran out), another instance may send
     * it again: the same message, with the same Message-ID.
     */
    private void settle(Notice notice, BooleanSupplier settlement) {
        try {
            if (!settlement.getAsBoolean()) {
                LOG.warning(() -> "Message " + notice.messageId() + " was no longer this instance's when it was "
                        + "settled (its lease ran out); it may be sent again, with the same Message-ID");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Message " + notice.messageId() + " could not be settled; after its lease it is "
                    + "tried again, with the same Message-ID", e);
        }
    }

    private void outage(MessagingException e) {
        outages++;
        Duration wait = retries.delay(outages);
        pausedUntil = clock.instant().plus(wait);
        LOG.warning(() -> "The SMTP server " + smtp.host() + ":" + smtp.port() + " cannot be reached (" + reason(e)
                + "); nothing is lost, trying again in " + wait);
    }

    /** The failure in one short line: what went wrong, without a stack trace. */
    static String reason(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            text.append(": ").append(e.getMessage().strip());
        }
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage())
                    .append(')');
        }
        return text.toString();
    }

    private static String instanceName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 50 ? host.substring(0, 50) : host;
        } catch (UnknownHostException e) {
            return "instance";
        }
    }
}
