package org.attune.server.security;

/**
 * Who is calling: a person (name, role) or an API key (its source, role {@link Role#INGEST}).
 *
 * @param name  username, or the API key's source
 * @param role  what they may do
 * @param csrf  the session's form token (null for API keys)
 */
public record Principal(String name, Role role, String csrf) {
}
