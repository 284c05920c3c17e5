package no.samkurs.benchmark.notification;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The local SMTP server of the notification benchmark: GreenMail, which keeps every message with the time it was
 * received. Usage: {@code MailSink <port> <received-file> <expected> [<quiet-seconds>=30] [<timeout-seconds>=1200]}.
 * Prints {@code LISTENING} when it takes mail; once {@code expected} messages are in and no more came for the quiet
 * time (a duplicate would come in a later round of the sender, every 10 s by default), or at the timeout, it writes
 * one line per received message ({@code received epoch ms, Message-ID, recipient}) and stops: exit 0 with at
 * least the expected number, 2 with fewer.
 */
public final class MailSink {

    private MailSink() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        int expected = Integer.parseInt(args[2]);
        long quiet = 1000L * (args.length > 3 ? Integer.parseInt(args[3]) : 30);
        long deadline = System.currentTimeMillis() + 1000L * (args.length > 4 ? Integer.parseInt(args[4]) : 1200);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        System.out.println("LISTENING smtp 127.0.0.1:" + port + ", waiting for " + expected + " messages");
        int seen = 0;
        long changed = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            int now = smtp.getManagers().getImapHostManager().getAllMessages().size();
            if (now != seen) {
                seen = now;
                changed = System.currentTimeMillis();
            } else if (seen >= expected && System.currentTimeMillis() - changed >= quiet) {
                break;
            }
            Thread.sleep(500);
        }
        List<StoredMessage> all = smtp.getManagers().getImapHostManager().getAllMessages();
        List<String> lines = new ArrayList<>(all.size());
        for (StoredMessage stored : all) {
            MimeMessage message = stored.getMimeMessage();
            lines.add(stored.getReceivedDate().getTime() + "\t" + message.getMessageID() + "\t" + recipient(message));
        }
        Files.write(out, lines);
        smtp.stop();
        System.out.println("RECEIVED " + lines.size() + " messages (expected " + expected + ")");
        System.exit(lines.size() >= expected ? 0 : 2);
    }

    private static String recipient(MimeMessage message) throws MessagingException {
        var to = message.getRecipients(Message.RecipientType.TO);
        return to == null || to.length == 0 ? "" : ((InternetAddress) to[0]).getAddress();
    }
}
