package org.familyportal.ops.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The load benchmark reads the form the way Mojarra and PrimeFaces render it (markup copied from the portal). */
class FormPageTest {

    private static final String FORM = """
            <form id="ask" name="ask" method="post" action="/ask-for-help.xhtml" class="form" enctype="application/x-www-form-urlencoded">
            <input type="hidden" name="ask" value="ask" />
            <div class="field"><label for="ask:municipality">District</label><select id="ask:municipality" name="ask:municipality" size="1">\t<option value="">Choose</option>
            <optgroup label="Irkutsk region">\t<option value="38-angarsk">Angarsk</option>
            \t<option value="38-irkutsky">Irkutsk district</option>
            </optgroup><optgroup label="Samara region">\t<option value="63-samara">Samara</option>
            </optgroup></select></div>
            <select id="ask:callerType" name="ask:callerType" size="1">\t<option value="PARENT">Parent</option></select>
            <table id="ask:topics" class="choice-list"><tr><td>
            <input name="ask:topics" id="ask:topics:0" value="hotline" type="checkbox" /><label for="ask:topics:0"> Hotline</label></td></tr>
            <tr><td><input name="ask:topics" id="ask:topics:1" value="legal-aid" type="checkbox" /><label for="ask:topics:1"> Legal aid</label></td></tr></table>
            <input id="ask:website" type="text" name="ask:website" value="" autocomplete="off" tabindex="-1" />
            <input type="hidden" name="primefaces.nonce" value="N2QxNWNjMDUtOGU3OS00YWY5"/>
            <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0" value="-4177882497844641765:-3717034732218673458" autocomplete="off" />
            </form>
            """;

    @Test
    void readsWhatABrowserPostsBack() {
        FormPage page = new FormPage(FORM);
        assertEquals(Optional.of("-4177882497844641765:-3717034732218673458"), page.viewState());
        assertEquals(Optional.of("N2QxNWNjMDUtOGU3OS00YWY5"), page.nonce());
    }

    @Test
    void offersTheOptionsOfOneSelectAcrossGroupsWithoutTheEmptyChoice() {
        assertEquals(List.of("38-angarsk", "38-irkutsky", "63-samara"), new FormPage(FORM).options("ask:municipality"));
        assertEquals(List.of(), new FormPage(FORM).options("ask:missing"));
    }

    @Test
    void offersTheValuesOfACheckboxGroup() {
        assertEquals(List.of("hotline", "legal-aid"), new FormPage(FORM).choices("ask:topics"));
        assertEquals(List.of(), new FormPage(FORM).choices("ask:website"), "an empty text field offers nothing");
    }

    @Test
    void findsTheNumberOnlyOnTheReceipt() {
        assertEquals(Optional.empty(), new FormPage(FORM).requestNumber());
        String receipt = "<p>Your request number <strong id=\"request-number\">0427-9913</strong></p>";
        assertEquals(Optional.of("0427-9913"), new FormPage(receipt).requestNumber());
    }
}
