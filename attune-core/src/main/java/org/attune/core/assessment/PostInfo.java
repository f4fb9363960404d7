package org.attune.core.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One post of the thread as the Assessment lists it: where it sits, who wrote it, how long it is. */
@JsonPropertyOrder({"id", "author", "parent", "depth", "kind", "titleLength", "textLength"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostInfo(String id, String author, String parent, int depth, String kind, Integer titleLength,
        int textLength) {
}
