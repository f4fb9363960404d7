/**
 * Which language a thread is written in, and whether Attune's trained analyses apply to it. Unsupported text gets a
 * clearly marked Assessment rather than a silent guess.
 */
package org.attune.core.language;
