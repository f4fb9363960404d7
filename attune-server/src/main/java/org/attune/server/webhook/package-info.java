/** Webhooks for high and imminent items: HMAC-SHA256 signed, retried with backoff, every attempt logged. */
package org.attune.server.webhook;
