/**
 * The {@code attune} command line: {@code analyze} one document or thread, {@code batch} a JSON Lines file,
 * {@code bench} the engine against the raw encoder and the langchain4j peer.
 */
package org.attune.cli;
