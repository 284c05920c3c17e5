package no.samkurs.web.account;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;

/**
 * How long a person must wait before signing in again, in words ("30 sekunder", "1 minutt", "15 minutter"):
 * rounded up, so that nobody comes back too early, and in minutes once it is a minute or more.
 */
public record Wait(long amount, String unit) {

    public static Wait of(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return new Wait(seconds, seconds == 1 ? "wait.second" : "wait.seconds");
        }
        long minutes = (seconds + 59) / 60;
        return new Wait(minutes, minutes == 1 ? "wait.minute" : "wait.minutes");
    }

    public String inWords(ResourceBundle texts) {
        return MessageFormat.format(texts.getString(unit), String.valueOf(amount));
    }
}
