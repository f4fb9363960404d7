/**
 * Thinking traps (cognitive distortions): the taxonomy, and the shapes of a result — the sentences of an author's own
 * text that show traps, with spans and probabilities. The trained analysis lives in attune-ml.
 */
package org.attune.core.traps;
