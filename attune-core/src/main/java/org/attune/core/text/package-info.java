/**
 * Text as the writer wrote it: half-open {@link org.attune.core.text.Span}s into the original, a
 * {@link org.attune.core.text.NormalizedText} that maps every normalised character back, and sentence splitting that
 * copes with line breaks, missing punctuation and run-on text.
 */
package org.attune.core.text;
