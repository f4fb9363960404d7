/** The analysis workers that drain the durable job table through the engine. */
package org.attune.server.queue;
