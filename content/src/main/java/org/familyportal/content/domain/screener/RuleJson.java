package org.familyportal.content.domain.screener;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules' notation in JSON (Jakarta JSON Processing), read and written: a rule, a test household,
 * a parameter, a zone, and a whole {@link RuleSet} (the demo resource). Every mistake is a
 * {@link RuleFormatException} that says where it is ({@code rules[3].when.all[1].fact}) and what is wrong.
 * <pre>
 * {"code": "large-family-status", "titleRu": "…", "titleEn": "…",
 *  "when": {"all": [{"fact": "CHILDREN_COUNT", "op": "GE", "value": 3},
 *                   {"fact": "INCOME_PER_PERSON", "op": "LE", "times": 1.5, "parameter": "subsistence.perPerson"},
 *                   {"not": {"fact": "EXTRA_HOUSING", "op": "EQ", "value": true}}]},
 *  "amount": {"kind": "FIXED", "parameter": "birth-grant", "period": "ONCE"},
 *  "channels": ["GOSUSLUGI", "MFC"], "source": "…", "sourceUrl": "…", "effectiveFrom": "2026-01-01", "note": "…"}
 * </pre>
 */
public final class RuleJson {

    /** The longest JSON text an editor may send for one rule or one household. */
    public static final int MAX_TEXT = 20_000;
    private static final int MAX_DEPTH = 8;

    private RuleJson() {
    }

    // ---- reading ----

    public static RuleSet readRuleSet(InputStream in) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException e) {
            throw new RuleFormatException("$", "not JSON: " + e.getMessage());
        }
        List<Parameter> parameters = new ArrayList<>();
        each(root, "parameters", "$", (o, p) -> parameters.add(parameter(o, p)));
        List<Zone> zones = new ArrayList<>();
        each(root, "zones", "$", (o, p) -> {
            String region = text(o, "region", p, true);
            String zone = text(o, "zone", p, true);
            for (JsonValue m : array(o, "municipalities", p)) {
                zones.add(new Zone(((JsonString) m).getString(), region, zone));
            }
        });
        List<Rule> rules = new ArrayList<>();
        each(root, "rules", "$", (o, p) -> rules.add(rule(o, p)));
        List<TestHousehold> households = new ArrayList<>();
        each(root, "households", "$", (o, p) -> households.add(testHousehold(o, p)));
        return new RuleSet(parameters, zones, rules, households);
    }

    public static Rule readRule(String text) {
        return rule(object(text), "rule");
    }

    public static TestHousehold readTestHousehold(String text) {
        return testHousehold(object(text), "household");
    }

    private static JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleFormatException("$", "empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new RuleFormatException("$", "longer than " + MAX_TEXT + " characters");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new RuleFormatException("line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber(), "not valid JSON");
        } catch (JsonException | ClassCastException e) {
            throw new RuleFormatException("$", "not a JSON object");
        }
    }

    static Rule rule(JsonObject o, String path) {
        String code = text(o, "code", path, true);
        try {
            Condition when = condition(member(o, "when", path), path + ".when", 0);
            Amount amount = o.containsKey("amount") && !o.isNull("amount") ? amount(o.getJsonObject("amount"), path + ".amount") : null;
            List<Rule.Channel> channels = new ArrayList<>();
            int i = 0;
            for (JsonValue v : o.containsKey("channels") ? array(o, "channels", path) : List.<JsonValue>of()) {
                channels.add(enumOf(Rule.Channel.class, string(v, path + ".channels[" + i++ + "]"), path + ".channels"));
            }
            return new Rule(code, text(o, "titleRu", path, true), text(o, "titleEn", path, false), when, amount,
                    channels, text(o, "source", path, true), text(o, "sourceUrl", path, false),
                    date(o, "effectiveFrom", path, false), text(o, "note", path, false));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleFormatException(path, e.getMessage());
        }
    }

    private static Condition condition(JsonValue v, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new RuleFormatException(path, "nested deeper than " + MAX_DEPTH);
        }
        if (!(v instanceof JsonObject o)) {
            throw new RuleFormatException(path, "a condition is an object");
        }
        for (Group.Kind kind : Group.Kind.values()) {
            String key = kind.name().toLowerCase();
            if (o.containsKey(key)) {
                String p = path + "." + key;
                List<Condition> parts = new ArrayList<>();
                if (kind == Group.Kind.NOT) {
                    parts.add(condition(o.get(key), p, depth + 1));
                } else {
                    int i = 0;
                    for (JsonValue part : array(o, key, path)) {
                        parts.add(condition(part, p + "[" + i++ + "]", depth + 1));
                    }
                }
                try {
                    return new Group(kind, parts);
                } catch (IllegalArgumentException e) {
                    throw new RuleFormatException(p, e.getMessage());
                }
            }
        }
        Fact fact = enumOf(Fact.class, text(o, "fact", path, true), path + ".fact");
        Operator op = enumOf(Operator.class, text(o, "op", path, true), path + ".op");
        try {
            BigDecimal number = null;
            Boolean flag = null;
            List<String> codes = new ArrayList<>();
            JsonValue value = o.get("value");
            if (value != null) {
                switch (value.getValueType()) {
                    case NUMBER -> number = ((JsonNumber) value).bigDecimalValue();
                    case TRUE -> flag = true;
                    case FALSE -> flag = false;
                    case STRING -> codes.add(((JsonString) value).getString());
                    default -> throw new RuleFormatException(path + ".value", "a number, true, false or a code");
                }
            }
            if (o.containsKey("values")) {
                int i = 0;
                for (JsonValue c : array(o, "values", path)) {
                    codes.add(string(c, path + ".values[" + i++ + "]"));
                }
            }
            if (o.containsKey("times")) {
                number = decimal(o, "times", path);
            }
            return new Check(fact, op, number, text(o, "parameter", path, false), flag, codes);
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(path, e.getMessage());
        }
    }

    private static Amount amount(JsonObject o, String path) {
        List<BigDecimal> steps = new ArrayList<>();
        if (o.containsKey("steps")) {
            int i = 0;
            for (JsonValue v : array(o, "steps", path)) {
                if (!(v instanceof JsonNumber n)) {
                    throw new RuleFormatException(path + ".steps[" + i + "]", "a number");
                }
                steps.add(n.bigDecimalValue());
                i++;
            }
        }
        String per = text(o, "per", path, false);
        try {
            return new Amount(enumOf(Amount.Kind.class, text(o, "kind", path, true), path + ".kind"),
                    o.containsKey("value") ? decimal(o, "value", path) : null, text(o, "parameter", path, false),
                    steps, text(o, "target", path, false), per == null ? null : enumOf(Fact.class, per, path + ".per"),
                    o.containsKey("period") ? enumOf(Amount.Period.class, text(o, "period", path, true), path + ".period") : null,
                    o.containsKey("qualifier") ? enumOf(Amount.Qualifier.class, text(o, "qualifier", path, true), path + ".qualifier") : null);
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(path, e.getMessage());
        }
    }

    static Parameter parameter(JsonObject o, String path) {
        try {
            return new Parameter(text(o, "name", path, true), text(o, "region", path, false), text(o, "zone", path, false),
                    decimal(o, "value", path), date(o, "from", path, true), date(o, "to", path, false),
                    text(o, "source", path, true));
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(path, e.getMessage());
        }
    }

    static TestHousehold testHousehold(JsonObject o, String path) {
        Map<String, Verdict> expected = new LinkedHashMap<>();
        JsonObject e = o.containsKey("expect") ? object(o, "expect", path) : JsonValue.EMPTY_JSON_OBJECT;
        e.forEach((code, v) -> expected.put(code, enumOf(Verdict.class, string(v, path + ".expect." + code), path + ".expect." + code)));
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        JsonObject a = o.containsKey("amounts") ? object(o, "amounts", path) : JsonValue.EMPTY_JSON_OBJECT;
        a.forEach((code, v) -> {
            if (!(v instanceof JsonNumber n)) {
                throw new RuleFormatException(path + ".amounts." + code, "a number");
            }
            amounts.put(code, n.bigDecimalValue());
        });
        return new TestHousehold(text(o, "name", path, true), date(o, "date", path, true),
                household(object(o, "household", path), path + ".household"), expected, amounts);
    }

    static Household household(JsonObject o, String path) {
        List<Child> children = null;
        if (o.containsKey("children")) {
            children = new ArrayList<>();
            int i = 0;
            for (JsonValue v : array(o, "children", path)) {
                String p = path + ".children[" + i++ + "]";
                if (!(v instanceof JsonObject c)) {
                    throw new RuleFormatException(p, "a child is an object");
                }
                try {
                    children.add(new Child(date(c, "birthDate", p, false), integer(c, "age", p),
                            c.containsKey("relation") ? enumOf(Relation.class, text(c, "relation", p, true), p + ".relation") : null,
                            flag(c, "disabled", p), flag(c, "fullTimeStudy", p)));
                } catch (IllegalArgumentException e) {
                    throw new RuleFormatException(p, e.getMessage());
                }
            }
        }
        try {
            return new Household(text(o, "region", path, false), text(o, "municipality", path, false),
                    integer(o, "adults", path), children, flag(o, "pregnant", path), integer(o, "pregnancyWeeks", path),
                    flag(o, "singleParent", path), integer(o, "parentAge", path),
                    o.containsKey("familyIncome") ? decimal(o, "familyIncome", path) : null, flag(o, "employed", path),
                    flag(o, "carerNotWorking", path), flag(o, "extraHousing", path), flag(o, "car", path),
                    flag(o, "savings", path), flag(o, "mortgage", path), flag(o, "paysForEducation", path),
                    flag(o, "lostBreadwinner", path));
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(path, e.getMessage());
        }
    }

    // ---- writing ----

    public static String write(Rule rule) {
        return pretty(ruleJson(rule).build());
    }

    public static String write(TestHousehold household) {
        return pretty(testHouseholdJson(household).build());
    }

    static JsonObjectBuilder ruleJson(Rule r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", r.code()).add("titleRu", r.titleRu())
                .add("titleEn", r.titleEn()).add("when", conditionJson(r.condition()));
        if (r.amount() != null) {
            b.add("amount", amountJson(r.amount()));
        }
        JsonArrayBuilder channels = Json.createArrayBuilder();
        r.channels().forEach(c -> channels.add(c.name()));
        b.add("channels", channels).add("source", r.source());
        optional(b, "sourceUrl", r.sourceUrl());
        optional(b, "effectiveFrom", r.effectiveFrom() == null ? null : r.effectiveFrom().toString());
        optional(b, "note", r.note());
        return b;
    }

    private static JsonObjectBuilder conditionJson(Condition c) {
        if (c instanceof Group g) {
            if (g.kind() == Group.Kind.NOT) {
                return Json.createObjectBuilder().add("not", conditionJson(g.conditions().get(0)));
            }
            JsonArrayBuilder parts = Json.createArrayBuilder();
            g.conditions().forEach(p -> parts.add(conditionJson(p)));
            return Json.createObjectBuilder().add(g.kind().name().toLowerCase(), parts);
        }
        Check k = (Check) c;
        JsonObjectBuilder b = Json.createObjectBuilder().add("fact", k.fact().name()).add("op", k.operator().name());
        if (k.flag() != null) {
            b.add("value", k.flag());
        } else if (!k.codes().isEmpty()) {
            JsonArrayBuilder codes = Json.createArrayBuilder();
            k.codes().forEach(codes::add);
            b.add("values", codes);
        } else if (k.parameter() != null) {
            b.add("times", k.factor()).add("parameter", k.parameter());
        } else {
            b.add("value", k.number());
        }
        return b;
    }

    private static JsonObjectBuilder amountJson(Amount a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("kind", a.kind().name());
        if (a.value() != null) {
            b.add("value", a.value());
        }
        optional(b, "parameter", a.parameter());
        if (!a.steps().isEmpty()) {
            JsonArrayBuilder steps = Json.createArrayBuilder();
            a.steps().forEach(steps::add);
            b.add("steps", steps);
        }
        optional(b, "target", a.target());
        optional(b, "per", a.per() == null ? null : a.per().name());
        return b.add("period", a.period().name()).add("qualifier", a.qualifier().name());
    }

    static JsonObjectBuilder testHouseholdJson(TestHousehold t) {
        JsonObjectBuilder expect = Json.createObjectBuilder();
        new java.util.TreeMap<>(t.expected()).forEach((k, v) -> expect.add(k, v.name()));
        JsonObjectBuilder amounts = Json.createObjectBuilder();
        new java.util.TreeMap<>(t.amounts()).forEach(amounts::add);
        return Json.createObjectBuilder().add("name", t.name()).add("date", t.date().toString())
                .add("household", householdJson(t.household())).add("expect", expect).add("amounts", amounts);
    }

    public static JsonObjectBuilder householdJson(Household h) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        optional(b, "region", h.region());
        optional(b, "municipality", h.municipality());
        if (h.adults() != null) b.add("adults", h.adults());
        if (h.children() != null) {
            JsonArrayBuilder children = Json.createArrayBuilder();
            for (Child c : h.children()) {
                JsonObjectBuilder cb = Json.createObjectBuilder();
                if (c.birthDate() != null) cb.add("birthDate", c.birthDate().toString());
                if (c.age() != null) cb.add("age", c.age());
                cb.add("relation", c.relation().name());
                if (c.disabled() != null) cb.add("disabled", c.disabled());
                if (c.fullTimeStudy() != null) cb.add("fullTimeStudy", c.fullTimeStudy());
                children.add(cb);
            }
            b.add("children", children);
        }
        flag(b, "pregnant", h.pregnant());
        if (h.pregnancyWeeks() != null) b.add("pregnancyWeeks", h.pregnancyWeeks());
        flag(b, "singleParent", h.singleParent());
        if (h.parentAge() != null) b.add("parentAge", h.parentAge());
        if (h.familyIncome() != null) b.add("familyIncome", h.familyIncome());
        flag(b, "employed", h.employed());
        flag(b, "carerNotWorking", h.carerNotWorking());
        flag(b, "extraHousing", h.extraHousing());
        flag(b, "car", h.car());
        flag(b, "savings", h.savings());
        flag(b, "mortgage", h.mortgage());
        flag(b, "paysForEducation", h.paysForEducation());
        flag(b, "lostBreadwinner", h.lostBreadwinner());
        return b;
    }

    private static String pretty(JsonObject o) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.writeObject(o);
        }
        return out.toString().trim();
    }

    private static void optional(JsonObjectBuilder b, String key, String value) {
        if (value != null) {
            b.add(key, value);
        }
    }

    private static void flag(JsonObjectBuilder b, String key, Boolean value) {
        if (value != null) {
            b.add(key, value);
        }
    }

    // ---- small readers ----

    private interface Each {
        void accept(JsonObject o, String path);
    }

    private static void each(JsonObject root, String key, String path, Each each) {
        if (!root.containsKey(key)) {
            return;
        }
        int i = 0;
        for (JsonValue v : array(root, key, path)) {
            String p = key + "[" + i++ + "]";
            if (!(v instanceof JsonObject o)) {
                throw new RuleFormatException(p, "an object");
            }
            each.accept(o, p);
        }
    }

    private static JsonValue member(JsonObject o, String key, String path) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            throw new RuleFormatException(path + "." + key, "missing");
        }
        return v;
    }

    private static JsonArray array(JsonObject o, String key, String path) {
        if (!(member(o, key, path) instanceof JsonArray a)) {
            throw new RuleFormatException(path + "." + key, "a list [ … ]");
        }
        return a;
    }

    private static JsonObject object(JsonObject o, String key, String path) {
        if (!(member(o, key, path) instanceof JsonObject a)) {
            throw new RuleFormatException(path + "." + key, "an object { … }");
        }
        return a;
    }

    private static String string(JsonValue v, String path) {
        if (!(v instanceof JsonString s)) {
            throw new RuleFormatException(path, "text in quotes");
        }
        return s.getString();
    }

    private static String text(JsonObject o, String key, String path, boolean required) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                throw new RuleFormatException(path + "." + key, "missing");
            }
            return null;
        }
        return string(v, path + "." + key);
    }

    private static BigDecimal decimal(JsonObject o, String key, String path) {
        if (!(member(o, key, path) instanceof JsonNumber n)) {
            throw new RuleFormatException(path + "." + key, "a number");
        }
        return n.bigDecimalValue();
    }

    private static Integer integer(JsonObject o, String key, String path) {
        if (!o.containsKey(key) || o.isNull(key)) {
            return null;
        }
        BigDecimal d = decimal(o, key, path);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new RuleFormatException(path + "." + key, "a whole number");
        }
    }

    private static Boolean flag(JsonObject o, String key, String path) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        throw new RuleFormatException(path + "." + key, "true or false");
    }

    private static LocalDate date(JsonObject o, String key, String path, boolean required) {
        String s = text(o, key, path, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new RuleFormatException(path + "." + key, "a date like 2026-02-01");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String path) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(path, "unknown: " + name + "; one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
