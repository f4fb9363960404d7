/**
 * Storage: the connection pool and Flyway migrations ({@link org.attune.server.store.Database}), items and their
 * durable analysis jobs ({@link org.attune.server.store.ItemStore}). Plain JDBC; no statement carries user text
 * except as a sealed parameter.
 */
package org.attune.server.store;
