package no.samkurs.calendar.feed.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The iCalendar text (UTF-8) of events rendered lately on this instance, the least recently used dropped first. Keys come
 * from the database's columns ({@link EventRow#key}), so a text is valid on every instance until its event changes.
 */
final class RenderedEvents {

    private final Map<String, byte[]> texts;

    RenderedEvents(int capacity) {
        texts = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized byte[] get(String key) {
        return texts.get(key);
    }

    synchronized void put(String key, byte[] text) {
        texts.put(key, text);
    }

    byte[] get(String key, Supplier<byte[]> render) {
        byte[] text = get(key);
        if (text == null) {
            text = render.get();
            put(key, text);
        }
        return text;
    }

    synchronized int size() {
        return texts.size();
    }
}
