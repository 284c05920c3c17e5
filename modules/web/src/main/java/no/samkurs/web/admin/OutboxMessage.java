package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.notification.outbox.control.Notices;
import no.samkurs.notification.outbox.control.Preview;
import no.samkurs.notification.outbox.control.Previews;
import no.samkurs.notification.outbox.entity.Status;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.web.layout.FormCheck;
import no.samkurs.web.layout.Gate;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * {@code /admin/utboks?melding=…}: one message, how its delivery stands and what it says, made by the sender's own
 * composer (the HTML part is shown as its source, escaped, never as markup of ours). A failed one has a button to
 * try it again: a plain form with the session's check value ({@link FormCheck}) and the version shown, posted to
 * this address, which tries it and redirects here to say how it went.
 */
@Named("adminOutboxMessage")
@RequestScoped
public class OutboxMessage {

    static final String RETRY = "prov-igjen";
    static final String VERSION = "versjon";
    private static final Map<String, String> ANSWERS = Map.of("igjen", "outbox.retried",
            "utdatert", "outbox.stale");

    @Inject
    Notices notices;

    @Inject
    Previews previews;

    @Inject
    AdminGate adminGate;

    @Inject
    Gate gate;

    @Inject
    FormCheck formCheck;

    @Inject
    AdminTexts texts;

    private String melding;
    private String svar;
    private Notices.Row row;
    private Preview preview;

    /** The view action: nothing for the list; for one message, administrators only, 404 if unknown, a retry done. */
    public void load() throws IOException {
        if (melding == null || !adminGate.admits()) {
            return;
        }
        row = notices.byId(melding).orElse(null);
        if (row == null) {
            gate.refuse(404);
            return;
        }
        if (formCheck.passed() && request().getParameter(RETRY) != null) {
            retry();
        }
    }

    private void retry() {
        String back = "/admin/utboks?melding=" + URLEncoder.encode(melding, StandardCharsets.UTF_8) + "&svar=";
        try {
            notices.retry(melding, version(request().getParameter(VERSION)), Instant.now());
            gate.redirect(back + "igjen");
        } catch (RuleViolation | PersistenceException changedMeanwhile) {
            // Not failed any more, or changed since the page was read (another administrator, say): shown as it is.
            gate.redirect(back + "utdatert");
        }
    }

    static Long version(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public Notices.Row getRow() {
        return row;
    }

    public boolean isFailed() {
        return row != null && row.notice().status() == Status.FAILED;
    }

    public Preview getPreview() {
        if (preview == null && row != null) {
            preview = previews.of(row.notice());
        }
        return preview;
    }

    /** What the retry came to, said once after the redirect; null when nothing was just done. */
    public String getAnswer() {
        return svar == null || !ANSWERS.containsKey(svar) ? null : texts.get(ANSWERS.get(svar));
    }

    public boolean isStale() {
        return "utdatert".equals(svar);
    }

    public String getMelding() {
        return melding;
    }

    public void setMelding(String melding) {
        this.melding = melding == null || melding.isBlank() ? null : melding.strip();
    }

    public String getSvar() {
        return svar;
    }

    public void setSvar(String svar) {
        this.svar = svar;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
