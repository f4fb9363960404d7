/**
 * Safety: the structure of sentences (who, when, in which mode) and the shapes of a risk result: triage level, C-SSRS
 * level, self-injury and its recency, evidence spans, harmful replies. The trained analysis lives in attune-ml.
 */
package org.attune.core.safety;
