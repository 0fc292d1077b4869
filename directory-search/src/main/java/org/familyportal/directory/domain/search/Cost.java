package org.familyportal.directory.domain.search;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a service costs, as far as its data says: free only when the data says so (a cost option
 * of zero, or words such as "бесплатно" / "free of charge" in its cost options or fees), paid when
 * any option has a price or the words name one, and otherwise unknown. A directory imported from
 * elsewhere often says nothing about cost; such a service is not "free".
 */
public enum Cost {
    FREE("true"), PAID("false"), UNKNOWN("unknown");

    /** One HSDS cost option: its amount (null when not given) and its words (option, amount description). */
    public record Option(BigDecimal amount, String text) {
    }

    private static final Pattern FREE_WORDS = Pattern.compile(
            "бесплатн|безвозмездн|без\\s+оплаты|без\\s+взимания\\s+платы|оплата\\s+не\\s+требуется"
                    + "|\\bfree\\b|\\bno\\s+(?:charge|cost|fee)s?\\b|\\bwithout\\s+charge\\b|\\bgratis\\b"
                    + "|(?<![\\d.,])0\\s*(?:руб|₽|rub)");
    private static final Pattern PAID_WORDS = Pattern.compile(
            "(?<![\\p{L}])платн|(?<![\\p{L}])(?:за\\s+плату|оплачивается|стоимость\\s+\\d)"
                    + "|[1-9][\\d\\s]*(?:[.,]\\d+)?\\s*(?:руб|р\\.|₽|rub|usd|eur|gbp|\\$|€|£)"
                    + "|[$€£₽]\\s*[1-9]|\\bpaid\\b|\\bfees?\\s+apply\\b|\\bper\\s+(?:hour|session|visit)\\b");

    private final String code;

    Cost(String code) {
        this.code = code;
    }

    /** The facet value: {@code true} (free), {@code false} (paid) or {@code unknown}. */
    public String code() {
        return code;
    }

    public static Cost ofCode(String code) {
        for (Cost cost : values()) {
            if (cost.code.equals(code)) {
                return cost;
            }
        }
        return UNKNOWN;
    }

    /**
     * The cost from a service's cost options and its fees text: any price (an amount above zero,
     * or words naming a price or "платно") makes it paid; otherwise an amount of zero or words
     * saying "free" make it free; otherwise it is unknown.
     */
    public static Cost of(Collection<Option> options, String feesDescription) {
        boolean free = false;
        for (Option option : options) {
            if (option.amount() != null) {
                if (option.amount().signum() > 0) {
                    return PAID;
                }
                free = true;
            }
            Cost said = ofWords(option.text());
            if (said == PAID) {
                return PAID;
            }
            free |= said == FREE;
        }
        Cost fees = ofWords(feesDescription);
        if (fees == PAID) {
            return PAID;
        }
        return free || fees == FREE ? FREE : UNKNOWN;
    }

    /** What words alone say: a price wins over "free" ("free for large families, others 300 rub" is paid). */
    static Cost ofWords(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (PAID_WORDS.matcher(lower).find()) {
            return PAID;
        }
        return FREE_WORDS.matcher(lower).find() ? FREE : UNKNOWN;
    }
}
