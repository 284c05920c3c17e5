package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.notification.outbox.control.MailConfig;
import no.samkurs.notification.outbox.control.MailSettings;
import no.samkurs.notification.outbox.control.Notices;
import no.samkurs.notification.outbox.entity.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /admin/utboks?status=feilet&side=2}: the messages Samkurs sends, newest first, a page at a time, filtered
 * by status with the count of each; and whether mail is set up at all (without it nothing leaves, and this is where
 * a newcomer reads what would have been sent).
 */
@Named("adminOutbox")
@RequestScoped
public class OutboxList {

    static final int SIZE = 20;

    @Inject
    Notices notices;

    @Inject
    MailConfig mail;

    @Inject
    OutboxWords words;

    @Inject
    AdminTexts texts;

    private String status;
    private String side;
    private Notices.Found found;
    private Paging paging;
    private MailSettings smtp;

    /** A choice of the status filter: its words, how many there are, the address, whether it is the one shown. */
    public record Filter(String id, String label, long count, String href, boolean current) {
    }

    private void find() {
        if (found == null) {
            // An unknown status in the address shows them all rather than failing.
            Status chosen = OutboxWords.fromAddress(status).orElse(null);
            int requested = Paging.requested(side);
            found = notices.find(chosen, Paging.first(requested, SIZE), SIZE);
            paging = Paging.of(requested, found.total(), SIZE);
            if (paging.page() != requested) {
                found = notices.find(chosen, paging.first(), SIZE);
            }
        }
    }

    public List<Notices.Row> getRows() {
        find();
        return found.rows();
    }

    public long getTotal() {
        find();
        return found.total();
    }

    public Paging getPaging() {
        find();
        return paging;
    }

    /** All, then waiting, sent and failed, each with its count. */
    public List<Filter> getFilters() {
        find();
        Status chosen = OutboxWords.fromAddress(status).orElse(null);
        long all = found.counts().values().stream().mapToLong(Long::longValue).sum();
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter("alle", texts.get("outbox.all"), all, href(null, 1), chosen == null));
        for (Status s : Status.values()) {
            filters.add(new Filter(OutboxWords.ADDRESS.get(s), words.status(s), found.counts().get(s),
                    href(s, 1), s == chosen));
        }
        return filters;
    }

    /** The address of another page of the same list. */
    public String pageHref(int page) {
        return href(OutboxWords.fromAddress(status).orElse(null), page);
    }

    private static String href(Status status, int page) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        List<String> query = new ArrayList<>();
        if (status != null) {
            query.add("status=" + OutboxWords.ADDRESS.get(status));
        }
        if (page > 1) {
            query.add("side=" + page);
        }
        return context + "/admin/utboks" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    public boolean isMailConfigured() {
        return smtp().configured();
    }

    /** Where messages go when mail is set up: "smtp.example.no:587". */
    public String getMailServer() {
        return smtp().host() + ":" + smtp().port();
    }

    private MailSettings smtp() {
        if (smtp == null) {
            smtp = mail.smtp();
        }
        return smtp;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }
}
