package org.attune.core.safety;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A reply that contains what Samaritans' guidance for online platforms names as harmful: method details,
 * encouragement, or minimising.
 */
@JsonPropertyOrder({"post", "author", "kind", "evidence"})
public record HarmfulReply(String post, String author, String kind, List<Evidence> evidence) {
    public HarmfulReply {
        evidence = List.copyOf(evidence);
    }
}
