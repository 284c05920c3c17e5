package no.samkurs.notification.outbox.control;

import no.samkurs.notification.outbox.entity.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SEQUENCE and dedupe key of each message to record, from what the database holds (see the package
 * description): 1 + the greater of the feeds' highest SEQUENCE for the offering and the enrollment's last message;
 * the key {@code <step>:<enrollment>:<cycle>}. Messages are numbered in the order given, so several changes of one
 * enrollment in one transaction still go up; a key already taken (before, or earlier in the same list) is skipped.
 */
final class Sequences {

    /** What is known before: the feeds' SEQUENCE by offering, each enrollment's messages, the keys without one. */
    record Known(Map<String, Integer> shown, Map<String, List<Sent>> sent, Set<String> keys) {
    }

    /** A message an enrollment already has. */
    record Sent(Kind kind, int sequence, String key) {
    }

    /** A message to write, numbered. */
    record Numbered(Outbox.Entry entry, int sequence, String key) {
    }

    private Sequences() {
    }

    static List<Numbered> number(List<Outbox.Entry> entries, Known known) {
        Map<String, Integer> last = new HashMap<>();
        Map<String, Integer> cycles = new HashMap<>();
        Set<String> taken = new HashSet<>(known.keys());
        known.sent().forEach((enrollment, messages) -> {
            last.put(enrollment, messages.stream().mapToInt(Sent::sequence).max().orElse(0));
            cycles.put(enrollment, (int) messages.stream().filter(m -> m.kind().endsCycle()).count());
            messages.forEach(m -> taken.add(m.key()));
        });
        List<Numbered> numbered = new ArrayList<>();
        for (Outbox.Entry entry : entries) {
            String owner = entry.enrollmentId() != null ? entry.enrollmentId() : entry.personId();
            String key = entry.step() + ":" + owner + ":" + cycles.getOrDefault(owner, 0);
            if (!taken.add(key)) {
                continue;
            }
            int shown = entry.offeringId() == null ? 0 : known.shown().getOrDefault(entry.offeringId(), 0);
            int sequence = 1 + Math.max(shown, last.getOrDefault(owner, 0));
            numbered.add(new Numbered(entry, sequence, key));
            if (entry.enrollmentId() != null) {
                last.put(owner, sequence);
                if (entry.kind().endsCycle()) {
                    cycles.merge(owner, 1, Integer::sum);
                }
            }
        }
        return numbered;
    }
}
