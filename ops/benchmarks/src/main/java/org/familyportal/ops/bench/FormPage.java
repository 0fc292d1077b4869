package org.familyportal.ops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser without JavaScript reads from a Faces page before it posts a form back: the view
 * state, PrimeFaces' per-response nonce (a hidden field of every form), the values a select or a
 * group of checkboxes offers, and on the answer page the request's number.
 */
record FormPage(String html) {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces\\.nonce\" value=\"([^\"]+)\"");
    private static final Pattern REQUEST_NUMBER = Pattern.compile("id=\"request-number\">([0-9]{4}-[0-9]{4})<");
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    Optional<String> viewState() {
        return first(VIEW_STATE);
    }

    Optional<String> nonce() {
        return first(NONCE);
    }

    /** The number on the receipt shown once the request is stored. */
    Optional<String> requestNumber() {
        return first(REQUEST_NUMBER);
    }

    /** The non-empty option values of the select {@code id}, groups included. */
    List<String> options(String id) {
        int start = html.indexOf("<select id=\"" + id + "\"");
        if (start < 0) {
            return List.of();
        }
        int end = html.indexOf("</select>", start);
        Matcher option = OPTION.matcher(html.substring(start, end < 0 ? html.length() : end));
        List<String> values = new ArrayList<>();
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    /** The values of the checkboxes or radio buttons named {@code name}. */
    List<String> choices(String name) {
        Matcher input = INPUT.matcher(html);
        List<String> values = new ArrayList<>();
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("name=\"" + name + "\"")) {
                Matcher value = VALUE.matcher(tag);
                if (value.find() && !value.group(1).isEmpty()) {
                    values.add(value.group(1));
                }
            }
        }
        return values;
    }

    private Optional<String> first(Pattern pattern) {
        Matcher m = pattern.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
