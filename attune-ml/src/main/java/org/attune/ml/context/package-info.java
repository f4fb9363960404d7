/**
 * The trained document-context heads (stress on dreaddit, cause of distress on CAMS) over the sentence embeddings the
 * pipeline already computed, and the analyzer that reads every author's text with them.
 */
package org.attune.ml.context;
