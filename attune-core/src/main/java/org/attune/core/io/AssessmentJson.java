package org.attune.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.assessment.Assessment;
import org.attune.core.error.AttuneException;

/** The JSON form of an {@link Assessment} and of error rows, one object per line or pretty-printed. */
public final class AssessmentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private AssessmentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toLine(Assessment a) {
        try {
            return MAPPER.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toPrettyJson(Assessment a) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An error row: the input's id (or line), and the error's stable code and message; never the input text. */
    public static String errorLine(String id, int line, AttuneException error) {
        ObjectNode row = MAPPER.createObjectNode();
        if (id != null) {
            row.put("id", id);
        }
        row.put("line", line);
        ObjectNode e = row.putObject("error");
        e.put("code", error.code().wireName());
        e.put("message", error.getMessage());
        try {
            return MAPPER.writeValueAsString(row);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
