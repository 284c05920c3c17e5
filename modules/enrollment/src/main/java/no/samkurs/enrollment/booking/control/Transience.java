package no.samkurs.enrollment.booking.control;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientException;

/**
 * Which database failures are worth trying the whole transaction again: deadlocks, lock wait timeouts and
 * serialization failures (MySQL 1213, 1205; SQLSTATE 40001, also what Galera and InnoDB Cluster answer for a
 * write conflict), and a unique key a concurrent transaction took first (the retry then finds its row).
 */
public final class Transience {

    private Transience() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || "40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1062
                    || "HYT00".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
