/**
 * The Attune server: an HTTP API that ingests documents and threads into a durable job table, a worker pool that
 * runs the engine over them, the triage queue and moderator actions, and a server-rendered dashboard.
 */
package org.attune.server;
