package no.samkurs.notification.message.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A MIME message whose Message-ID is the notice's, which Jakarta Mail would otherwise make anew at each sending. */
final class KeptIdMessage extends MimeMessage {

    private final String messageId;

    KeptIdMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
