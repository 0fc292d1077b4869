package org.familyportal.portal.interfaces.web.content.screener;

import org.familyportal.content.domain.screener.Amount;
import org.familyportal.content.domain.screener.Check;
import org.familyportal.content.domain.screener.Condition;
import org.familyportal.content.domain.screener.Fact;
import org.familyportal.content.domain.screener.Group;
import org.familyportal.content.domain.screener.Operator;
import org.familyportal.content.domain.screener.Rule;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A measure's rule as the structured editor shows it: the condition as a list of rows in reading order
 * (a group row, "all of" / "any of" / "not", then its rows one level deeper), each check a fact, an
 * operation and a value (a number, yes or no, codes, or a multiplier of a parameter), the amount's
 * formula and the rule's other fields. Everything is kept as the editor typed it (text), so that a
 * mistake never loses anything: {@link #toRule()} reads it back into the domain's {@link Rule}, or
 * answers the bundle keys of the mistakes, each on its row or field. It is not a second notation: the
 * editor saves the rule it gives, written in the rules' JSON and checked as any rule is.
 */
public class RuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Deepest nesting of groups the form offers (the notation allows 8 levels of conditions). */
    static final int MAX_GROUP_DEPTH = 6;

    /** The operations that fit a kind of fact, in the order the editor is offered them. */
    public static List<Operator> operatorsFor(Fact.Kind kind) {
        return switch (kind) {
            case FLAG -> List.of(Operator.EQ, Operator.NE);
            case TEXT -> List.of(Operator.IN, Operator.NOT_IN, Operator.EQ, Operator.NE);
            default -> List.of(Operator.LE, Operator.LT, Operator.GE, Operator.GT, Operator.EQ, Operator.NE);
        };
    }

    /** One row: a group or a check. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private boolean group;
        private int depth;
        private String kind;
        private String fact;
        private String operator;
        private String number;
        private String parameter;
        private String flag;
        private String codes;
        private String error;

        static Row group(Group.Kind kind, int depth) {
            Row r = new Row();
            r.group = true;
            r.kind = kind.name();
            r.depth = depth;
            return r;
        }

        static Row check(int depth) {
            Row r = new Row();
            r.depth = depth;
            return r;
        }

        /** The fact chosen, or {@code null}. */
        public Fact factOrNull() {
            return parse(Fact.class, fact);
        }

        /** The operations offered on this row: those of the fact's kind (numbers' before a fact is chosen). */
        public List<Operator> getOperators() {
            Fact f = factOrNull();
            return operatorsFor(f == null ? Fact.Kind.NUMBER : f.kind());
        }

        /** After the fact changed: an operation that no longer fits becomes the kind's first. */
        public void fitOperator() {
            Operator op = parse(Operator.class, operator);
            if (op == null || !getOperators().contains(op)) {
                operator = getOperators().get(0).name();
            }
        }

        public String getValueKind() {
            Fact f = factOrNull();
            return f == null ? "NUMBER" : f.numeric() ? "NUMBER" : f.kind().name();
        }

        public boolean isGroup() { return group; }
        public int getDepth() { return depth; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getFact() { return fact; }
        public void setFact(String fact) { this.fact = fact; }
        public String getOperator() { return operator; }
        public void setOperator(String operator) { this.operator = operator; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getParameter() { return parameter; }
        public void setParameter(String parameter) { this.parameter = parameter; }
        public String getFlag() { return flag; }
        public void setFlag(String flag) { this.flag = flag; }
        public String getCodes() { return codes; }
        public void setCodes(String codes) { this.codes = codes; }
        /** The bundle key of this row's mistake, or {@code null}. */
        public String getError() { return error; }
    }

    private final List<Row> rows = new ArrayList<>();
    /**
     * The rule's condition was not "all of" / "any of" (one check, or "not"): the form holds it under an
     * outer "all of", and saves it again without that group while the group holds that one condition.
     */
    private boolean unwrapRoot;

    private String code;
    private String titleRu;
    private String titleEn;
    private List<String> channels = new ArrayList<>();
    private String source;
    private String sourceUrl;
    private String effectiveFrom;
    private String note;

    private String amountKind;
    private String amountValue;
    private String amountParameter;
    private String amountSteps;
    private String amountTarget;
    private String amountPer;
    private String amountPeriod;
    private String amountQualifier;

    /** Mistakes of the fields outside the rows: field name → bundle key. */
    private final Map<String, String> errors = new LinkedHashMap<>();

    // ---- from a rule ----

    public static RuleForm of(Rule rule) {
        RuleForm f = new RuleForm();
        f.code = rule.code();
        f.titleRu = rule.titleRu();
        f.titleEn = rule.titleEn();
        rule.channels().forEach(c -> f.channels.add(c.name()));
        f.source = rule.source();
        f.sourceUrl = rule.sourceUrl();
        f.effectiveFrom = rule.effectiveFrom() == null ? null : rule.effectiveFrom().toString();
        f.note = rule.note();
        if (rule.condition() instanceof Group g && g.kind() != Group.Kind.NOT) {
            f.add(g, 0);
        } else {
            f.unwrapRoot = true;
            f.rows.add(Row.group(Group.Kind.ALL, 0));
            f.add(rule.condition(), 1);
        }
        Amount a = rule.amount();
        if (a != null) {
            f.amountKind = a.kind().name();
            f.amountValue = text(a.value());
            f.amountParameter = a.parameter();
            f.amountSteps = a.steps().isEmpty() ? null
                    : String.join("; ", a.steps().stream().map(RuleForm::text).toList());
            f.amountTarget = a.target();
            f.amountPer = a.per() == null ? null : a.per().name();
            f.amountPeriod = a.period().name();
            f.amountQualifier = a.qualifier().name();
        }
        return f;
    }

    private void add(Condition c, int depth) {
        if (c instanceof Group g) {
            rows.add(Row.group(g.kind(), depth));
            g.conditions().forEach(part -> add(part, depth + 1));
            return;
        }
        Check k = (Check) c;
        Row r = Row.check(depth);
        r.fact = k.fact().name();
        r.operator = k.operator().name();
        r.number = text(k.number());
        r.parameter = k.parameter();
        r.flag = k.flag() == null ? null : k.flag().toString();
        r.codes = k.codes().isEmpty() ? null : String.join(", ", k.codes());
        rows.add(r);
    }

    private static String text(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }

    // ---- changing the rows ----

    /** The row after the last one of row {@code i}'s group (or the row after {@code i} for a check). */
    int end(int i) {
        int depth = rows.get(i).depth;
        int k = i + 1;
        while (k < rows.size() && rows.get(k).depth > depth) {
            k++;
        }
        return k;
    }

    /** Adds an empty check at the end of the group of row {@code i}. */
    public void addCheck(int i) {
        if (isGroupRow(i)) {
            rows.add(end(i), Row.check(rows.get(i).depth + 1));
        }
    }

    /** Adds a group ("any of", with one empty check) at the end of the group of row {@code i}. */
    public void addGroup(int i) {
        if (isGroupRow(i) && rows.get(i).depth < MAX_GROUP_DEPTH) {
            int at = end(i);
            int depth = rows.get(i).depth + 1;
            rows.add(at, Row.group(Group.Kind.ANY, depth));
            rows.add(at + 1, Row.check(depth + 1));
        }
    }

    /** Removes row {@code i} with everything in it; the outermost group stays. */
    public void remove(int i) {
        if (i > 0 && i < rows.size()) {
            rows.subList(i, end(i)).clear();
        }
    }

    /** Swaps row {@code i} (with what it holds) with the one before it in the same group. */
    public void moveUp(int i) {
        if (i <= 0 || i >= rows.size()) {
            return;
        }
        int depth = rows.get(i).depth;
        int j = i - 1;
        while (j > 0 && rows.get(j).depth > depth) {
            j--;
        }
        if (rows.get(j).depth == depth) {
            swap(j, i);
        }
    }

    /** Swaps row {@code i} (with what it holds) with the one after it in the same group. */
    public void moveDown(int i) {
        if (i <= 0 || i >= rows.size()) {
            return;
        }
        int next = end(i);
        if (next < rows.size() && rows.get(next).depth == rows.get(i).depth) {
            swap(i, next);
        }
    }

    /** Swaps the neighbouring blocks starting at {@code a} and {@code b} (a &lt; b, b = end(a)). */
    private void swap(int a, int b) {
        List<Row> first = new ArrayList<>(rows.subList(a, b));
        List<Row> second = new ArrayList<>(rows.subList(b, end(b)));
        List<Row> block = rows.subList(a, end(b));
        block.clear();
        block.addAll(second);
        block.addAll(first);
    }

    private boolean isGroupRow(int i) {
        return i >= 0 && i < rows.size() && rows.get(i).group;
    }

    // ---- back to a rule ----

    /** The rule the form describes, or {@code null} with the mistakes on their rows and fields ({@link #hasErrors()}). */
    public Rule toRule() {
        errors.clear();
        rows.forEach(r -> r.error = null);
        Condition when = condition(0);
        if (unwrapRoot && when instanceof Group g && g.kind() == Group.Kind.ALL && g.conditions().size() == 1) {
            when = g.conditions().get(0);
        }
        String ru = required("titleRu", titleRu);
        String src = required("source", source);
        LocalDate from = null;
        if (!blank(effectiveFrom)) {
            try {
                from = LocalDate.parse(effectiveFrom.trim());
            } catch (DateTimeParseException e) {
                errors.put("effectiveFrom", "screener.form.error.date");
            }
        }
        List<Rule.Channel> chosen = new ArrayList<>();
        for (String c : channels) {
            Rule.Channel channel = parse(Rule.Channel.class, c);
            if (channel != null) {
                chosen.add(channel);
            }
        }
        Amount amount = amount();
        if (hasErrors()) {
            return null;
        }
        return new Rule(code, ru, blank(titleEn) ? null : titleEn.trim(), when, amount, chosen, src,
                blank(sourceUrl) ? null : sourceUrl.trim(), from, blank(note) ? null : note.trim());
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || rows.stream().anyMatch(r -> r.error != null);
    }

    /** The bundle key of a field's mistake, or {@code null}. */
    public String error(String field) {
        return errors.get(field);
    }

    private Condition condition(int i) {
        Row r = rows.get(i);
        if (!r.group) {
            return check(r);
        }
        List<Condition> parts = new ArrayList<>();
        boolean partsOk = true;
        for (int k = i + 1; k < end(i); k = end(k)) {
            Condition c = condition(k);
            partsOk &= c != null;
            parts.add(c);
        }
        Group.Kind kind = parse(Group.Kind.class, r.kind);
        if (kind == null) {
            r.error = "screener.form.error.groupKind";
        } else if (parts.isEmpty()) {
            r.error = "screener.form.error.groupEmpty";
        } else if (kind == Group.Kind.NOT && parts.size() != 1) {
            r.error = "screener.form.error.notOne";
        }
        if (r.error != null || !partsOk) {
            return null;
        }
        return new Group(kind, parts);
    }

    private static Check check(Row r) {
        Fact fact = parse(Fact.class, r.fact);
        if (fact == null) {
            r.error = "screener.form.error.fact";
            return null;
        }
        Operator op = parse(Operator.class, r.operator);
        if (op == null || !operatorsFor(fact.kind()).contains(op)) {
            r.error = "screener.form.error.operator";
            return null;
        }
        switch (fact.kind()) {
            case FLAG -> {
                if (!"true".equals(r.flag) && !"false".equals(r.flag)) {
                    r.error = "screener.form.error.flag";
                    return null;
                }
                return new Check(fact, op, null, null, Boolean.valueOf(r.flag), null);
            }
            case TEXT -> {
                List<String> codes = blank(r.codes) ? List.of()
                        : Arrays.stream(r.codes.trim().split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
                if (codes.isEmpty()) {
                    r.error = "screener.form.error.codes";
                    return null;
                }
                return new Check(fact, op, null, null, null, codes);
            }
            default -> {
                String parameter = blank(r.parameter) ? null : r.parameter.trim();
                BigDecimal n = null;
                if (!blank(r.number)) {
                    n = number(r.number);
                    if (n == null) {
                        r.error = parameter == null ? "screener.form.error.number" : "screener.form.error.factor";
                        return null;
                    }
                } else if (parameter == null) {
                    r.error = "screener.form.error.number";
                    return null;
                }
                return new Check(fact, op, n, parameter, null, null);
            }
        }
    }

    private Amount amount() {
        Amount.Kind kind = parse(Amount.Kind.class, amountKind);
        if (kind == null) {
            return null;
        }
        BigDecimal value = null;
        if (!blank(amountValue)) {
            value = number(amountValue);
            if (value == null) {
                errors.put("amountValue", "screener.form.error.number");
            }
        }
        List<BigDecimal> steps = new ArrayList<>();
        if (!blank(amountSteps)) {
            for (String s : amountSteps.trim().split("[;\\s]+")) {
                BigDecimal step = number(s);
                if (step == null) {
                    errors.put("amountSteps", "screener.form.error.steps");
                    break;
                }
                steps.add(step);
            }
        }
        String parameter = blank(amountParameter) ? null : amountParameter.trim();
        String target = blank(amountTarget) ? null : amountTarget.trim();
        switch (kind) {
            case FIXED -> {
                if (value == null && parameter == null && !errors.containsKey("amountValue")) {
                    errors.put("amountValue", "screener.form.error.amountFixed");
                }
            }
            case PERCENT -> {
                if (value == null && !errors.containsKey("amountValue")) {
                    errors.put("amountValue", "screener.form.error.number");
                }
                if (parameter == null) {
                    errors.put("amountParameter", "screener.form.error.parameter");
                }
            }
            case TOP_UP -> {
                if (steps.isEmpty() && !errors.containsKey("amountSteps")) {
                    errors.put("amountSteps", "screener.form.error.steps");
                }
                if (parameter == null) {
                    errors.put("amountParameter", "screener.form.error.parameter");
                }
                if (target == null) {
                    errors.put("amountTarget", "screener.form.error.parameter");
                }
            }
        }
        Fact per = parse(Fact.class, amountPer);
        if (errors.keySet().stream().anyMatch(k -> k.startsWith("amount"))) {
            return null;
        }
        return new Amount(kind, value, parameter, steps, target, per, parse(Amount.Period.class, amountPeriod),
                parse(Amount.Qualifier.class, amountQualifier));
    }

    private String required(String field, String value) {
        if (blank(value)) {
            errors.put(field, "screener.form.error.required");
            return null;
        }
        return value.trim();
    }

    /** A number as editors type it: "1,5" or "1.5", spaces between thousands allowed; {@code null} when it is not one. */
    static BigDecimal number(String text) {
        String t = text.trim().replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (t.isEmpty() || t.length() > 30) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (blank(name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- properties ----

    public List<Row> getRows() { return rows; }
    public String getCode() { return code; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public List<String> getChannels() { return channels; }
    public void setChannels(List<String> channels) { this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels); }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getAmountKind() { return amountKind; }
    public void setAmountKind(String amountKind) { this.amountKind = amountKind; }
    public String getAmountValue() { return amountValue; }
    public void setAmountValue(String amountValue) { this.amountValue = amountValue; }
    public String getAmountParameter() { return amountParameter; }
    public void setAmountParameter(String amountParameter) { this.amountParameter = amountParameter; }
    public String getAmountSteps() { return amountSteps; }
    public void setAmountSteps(String amountSteps) { this.amountSteps = amountSteps; }
    public String getAmountTarget() { return amountTarget; }
    public void setAmountTarget(String amountTarget) { this.amountTarget = amountTarget; }
    public String getAmountPer() { return amountPer; }
    public void setAmountPer(String amountPer) { this.amountPer = amountPer; }
    public String getAmountPeriod() { return amountPeriod; }
    public void setAmountPeriod(String amountPeriod) { this.amountPeriod = amountPeriod; }
    public String getAmountQualifier() { return amountQualifier; }
    public void setAmountQualifier(String amountQualifier) { this.amountQualifier = amountQualifier; }
}
