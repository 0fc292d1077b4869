package org.familyportal.content.domain.article;

import java.util.List;

/**
 * An upload checked and resized: its type (sniffed from its bytes, never from its name), its size
 * and the widths it is kept in, each encoded as {@code contentType}.
 */
public record ProcessedImage(String contentType, int width, int height, String digest, List<Variant> variants) {

    /** One width, encoded. */
    public record Variant(int width, byte[] bytes) {
    }
}
