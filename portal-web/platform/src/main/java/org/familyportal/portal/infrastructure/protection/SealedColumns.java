package org.familyportal.portal.infrastructure.protection;

import java.util.List;

/**
 * The encrypted columns of one context, as that context declares them: each context that keeps
 * personal data offers a CDI bean of this type (with one {@link SealedText} converter per column,
 * so that each value is bound to its column), and {@link KeyRotation} re-encrypts what all of them
 * name. The platform itself knows no context's tables.
 */
public interface SealedColumns {

    /**
     * An encrypted column: its table, the table's key column, whether plain text written before it
     * was encrypted may still be found in it, and the column holding the keyed lookup hash of the
     * phone number it holds (null: none), recomputed with the new key as the value is re-encrypted.
     */
    record Column(String table, String id, String column, boolean plainAllowed, String phoneIndex) {

        public Column(String table, String id, String column, boolean plainAllowed) {
            this(table, id, column, plainAllowed, null);
        }

        public String place() {
            return table + "." + column;
        }
    }

    /** This context's encrypted columns. */
    List<Column> columns();
}
