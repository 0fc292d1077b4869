package org.familyportal.content.infrastructure.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.familyportal.content.domain.measure.AmountUnit;
import org.familyportal.content.domain.measure.ApplicationChannel;
import org.familyportal.content.domain.measure.DemoMeasureSource;
import org.familyportal.content.domain.measure.LifeSituation;
import org.familyportal.content.domain.measure.MeasureAmount;
import org.familyportal.content.domain.measure.MeasureKind;
import org.familyportal.content.domain.measure.MeasureLevel;
import org.familyportal.content.domain.measure.SupportMeasure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The demo catalogue in {@value #RESOURCE} (one object per measure, keyed by its fixed code; the
 * screener's tests read the same file). Every measure read is marked as demo.
 */
@ApplicationScoped
public class JsonDemoMeasureSource implements DemoMeasureSource {

    public static final String RESOURCE = "/org/familyportal/content/measure/demo-measures.json";

    @Override
    public List<SupportMeasure> measures() {
        try (InputStream in = JsonDemoMeasureSource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject().getJsonArray("measures").getValuesAs(JsonObject.class).stream()
                        .map(JsonDemoMeasureSource::measure).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SupportMeasure measure(JsonObject o) {
        SupportMeasure m = new SupportMeasure(o.getString("code"));
        m.setDemo(true);
        m.setLevel(MeasureLevel.valueOf(o.getString("level")));
        m.setRegionCode(o.getString("region", null));
        m.setMunicipalityCode(o.getString("municipality", null));
        m.setKind(MeasureKind.valueOf(o.getString("kind")));
        m.setTitleRu(ru(o, "title"));
        m.setTitleEn(en(o, "title"));
        m.setSummaryRu(ru(o, "summary"));
        m.setSummaryEn(en(o, "summary"));
        m.setGiverRu(ru(o, "giver"));
        m.setGiverEn(en(o, "giver"));
        m.setEligibilityRu(ru(o, "eligibility"));
        m.setEligibilityEn(en(o, "eligibility"));
        m.setDocumentsRu(ru(o, "documents"));
        m.setDocumentsEn(en(o, "documents"));
        m.setHowToApplyRu(ru(o, "howToApply"));
        m.setHowToApplyEn(en(o, "howToApply"));
        m.setWithoutApplication(o.getBoolean("withoutApplication", false));
        m.setLegalBasisRu(ru(o, "legalBasis"));
        m.setLegalBasisEn(en(o, "legalBasis"));
        m.setLegalBasisUrl(o.getString("legalBasisUrl", null));
        EnumSet<LifeSituation> situations = EnumSet.noneOf(LifeSituation.class);
        strings(o, "situations").forEach(s -> situations.add(LifeSituation.valueOf(s)));
        m.setSituations(situations);
        EnumSet<ApplicationChannel> channels = EnumSet.noneOf(ApplicationChannel.class);
        strings(o, "channels").forEach(s -> channels.add(ApplicationChannel.valueOf(s)));
        m.setChannels(channels);
        m.getServiceIds().addAll(strings(o, "services"));
        JsonArray amounts = o.getJsonArray("amounts");
        if (amounts != null) {
            for (JsonObject a : amounts.getValuesAs(JsonObject.class)) {
                m.getAmounts().add(new MeasureAmount(ru(a, "label"), en(a, "label"), value(a.get("value")),
                        AmountUnit.valueOf(a.getString("unit")), LocalDate.parse(a.getString("from")),
                        a.containsKey("to") ? LocalDate.parse(a.getString("to")) : null,
                        a.getJsonObject("source").getString("title"), a.getJsonObject("source").getString("url", null),
                        a.getBoolean("confirmed", false), a.getBoolean("indexedInFebruary", false),
                        ru(a, "note"), en(a, "note")));
            }
        }
        if (o.containsKey("verifiedOn")) {
            m.verify(o.getString("verifiedBy"), LocalDate.parse(o.getString("verifiedOn")));
        }
        return m;
    }

    private static BigDecimal value(JsonValue value) {
        return value instanceof JsonString text ? new BigDecimal(text.getString()) : new BigDecimal(value.toString());
    }

    private static String ru(JsonObject o, String field) {
        JsonObject texts = o.getJsonObject(field);
        return texts == null ? null : texts.getString("ru", null);
    }

    private static String en(JsonObject o, String field) {
        JsonObject texts = o.getJsonObject(field);
        return texts == null ? null : texts.getString("en", null);
    }

    private static List<String> strings(JsonObject o, String field) {
        JsonArray array = o.getJsonArray(field);
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (JsonValue v : array) {
                values.add(((JsonString) v).getString());
            }
        }
        return values;
    }
}
