/**
 * Who may do what, and keeping what people wrote safe: AES-GCM sealing of texts at rest, Argon2id passwords, hashed
 * bearer tokens, roles, and the hash-chained append-only audit log.
 */
package org.attune.server.security;
