package org.familyportal.portal.interfaces.web.content.screener;

import org.familyportal.content.domain.screener.Amount;
import org.familyportal.content.domain.screener.Check;
import org.familyportal.content.domain.screener.CheckResult;
import org.familyportal.content.domain.screener.Child;
import org.familyportal.content.domain.screener.Fact;
import org.familyportal.content.domain.screener.Household;
import org.familyportal.content.domain.screener.MeasureResult;
import org.familyportal.content.domain.screener.Operator;
import org.familyportal.content.domain.screener.Question;
import org.familyportal.content.domain.screener.Range;
import org.familyportal.content.domain.screener.Rule;
import org.familyportal.content.domain.screener.Screening;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The screener's results in plain words from the bundle: why a measure matched (each check that
 * passed, the right way round under a NOT), the estimated amount, where to apply, what to answer,
 * and the summary of the answers a parent may send with a help request.
 */
public class ScreenerWords {

    /** The flash keys under which the summary and the municipality go to the help request form. */
    public static final String FLASH_DESCRIPTION = "screener.description";
    public static final String FLASH_MUNICIPALITY = "screener.municipality";

    /** The help request's description is at most this long. */
    static final int SUMMARY_LIMIT = 4000;

    private final ResourceBundle bundle;
    private final Locale locale;
    private final LocalDate today;

    public ScreenerWords(Locale locale, LocalDate today) {
        this.locale = locale;
        this.today = today;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale);
    }

    private String text(String key, Object... args) {
        String t = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? t : new MessageFormat(t, locale).format(args);
    }

    public String title(Rule rule) {
        return rule.title(locale.getLanguage());
    }

    public String money(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        f.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return f.format(amount);
    }

    /** A count, an age or a factor in the page's language, without trailing zeros ("0,5", "1,5"; English "0.5"). */
    public String decimal(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
        return f.format(n);
    }

    private String number(Range r, boolean money) {
        java.util.function.Function<BigDecimal, String> format = money ? this::money : this::decimal;
        return r.exact() ? format.apply(r.lo()) : format.apply(r.lo()) + "–" + format.apply(r.hi());
    }

    /** Why a check passed (or failed), in words. */
    public String reason(CheckResult r) {
        Check c = r.check();
        Fact f = c.fact();
        return switch (f.kind()) {
            case FLAG -> text("screener.why." + f + "." + (c.flag() ^ (c.operator() == Operator.NE) ^ r.negated()));
            case TEXT -> {
                boolean in = (c.operator() == Operator.IN || c.operator() == Operator.EQ) ^ r.negated();
                String names = c.codes().stream().map(code -> text("screener.region." + code)).collect(Collectors.joining(", "));
                yield text("screener.why." + f + (in ? "" : ".not"), names);
            }
            default -> {
                Operator op = r.negated() ? opposite(c.operator()) : c.operator();
                String value = r.threshold() == null ? ""
                        : f == Fact.YOUNGEST_CHILD_BIRTH_YEAR ? r.threshold().lo().toPlainString()
                        : number(r.threshold(), f.kind() == Fact.Kind.MONEY || c.parameter() != null);
                String what = c.parameter() == null ? value
                        : text("screener.why.parameter", value, decimal(c.factor()), text("screener.parameter." + c.parameter()));
                yield text("screener.why." + f, text("screener.op." + op), what);
            }
        };
    }

    private static Operator opposite(Operator op) {
        return switch (op) {
            case LT -> Operator.GE;
            case LE -> Operator.GT;
            case GT -> Operator.LE;
            case GE -> Operator.LT;
            case EQ -> Operator.NE;
            case NE -> Operator.EQ;
            case IN -> Operator.NOT_IN;
            case NOT_IN -> Operator.IN;
        };
    }

    /** The estimate in words ("about 19 473 ₽ a month"), or {@code null}. */
    public String amount(MeasureResult r) {
        if (r.amount() == null || r.rule().amount() == null) {
            return null;
        }
        Amount a = r.rule().amount();
        return text("screener.amount." + a.qualifier() + "." + a.period(), money(r.amount()));
    }

    /** Where to apply, as one line. */
    public String channels(MeasureResult r) {
        return r.rule().channels().stream().map(c -> text("screener.channel." + c)).collect(Collectors.joining(", "));
    }

    /** The questions an UNKNOWN waits for, as one line. */
    public String questions(MeasureResult r) {
        return r.questions().stream().sorted().map(q -> text("screener.question." + q)).collect(Collectors.joining(", "));
    }

    /** The answers and the results, short, for a help request (only with the parent's consent). */
    public String summary(Household h, Screening s) {
        StringBuilder b = new StringBuilder(text("screener.summary.intro")).append('\n');
        line(b, "screener.summary.adults", h.adults());
        if (h.children() != null) {
            String kids = h.children().stream().map(this::child).collect(Collectors.joining("; "));
            line(b, "screener.summary.children", h.children().isEmpty() ? "0" : h.children().size() + " (" + kids + ")");
        }
        line(b, "screener.summary.pregnant", yesNo(h.pregnant()));
        line(b, "screener.summary.singleParent", yesNo(h.singleParent()));
        line(b, "screener.summary.income", h.familyIncome() == null ? null : money(h.familyIncome()));
        line(b, "screener.summary.employed", yesNo(h.employed()));
        line(b, "screener.summary.entitled", titles(s.entitled()));
        line(b, "screener.summary.unknown", titles(s.needMoreInformation()));
        line(b, "screener.summary.near", titles(s.nearThreshold()));
        String out = b.toString().trim();
        return out.length() <= SUMMARY_LIMIT ? out : out.substring(0, SUMMARY_LIMIT - 1) + "…";
    }

    private String child(Child c) {
        String age = c.birthDate() != null ? c.birthDate().toString() : c.age() != null ? String.valueOf(c.age()) : "?";
        String s = age + ", " + text("Relation." + c.relation());
        if (Boolean.TRUE.equals(c.fullTimeStudy())) {
            s += ", " + text("screener.summary.fullTimeStudy");
        }
        return Boolean.TRUE.equals(c.disabled()) ? s + ", " + text("screener.summary.disability") : s;
    }

    private String titles(List<MeasureResult> results) {
        return results.isEmpty() ? null : results.stream().map(r -> title(r.rule())).collect(Collectors.joining("; "));
    }

    private String yesNo(Boolean b) {
        return b == null ? null : text(b ? "screener.yes" : "screener.no");
    }

    private void line(StringBuilder b, String key, Object value) {
        if (value != null) {
            b.append(text(key)).append(": ").append(value).append('\n');
        }
    }

    public LocalDate today() {
        return today;
    }

    /** The label of an unanswered question (for "need more information"). */
    public String question(Question q) {
        return text("screener.question." + q);
    }
}
