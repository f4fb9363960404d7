/**
 * The triage work itself, independent of HTTP: ingestion, the queue, the moderator actions, and the views of an
 * item each role may see (whole for moderators, redacted for researchers), each recorded in the audit log.
 */
package org.attune.server.triage;
