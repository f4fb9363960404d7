/**
 * Self-harm and suicide triage: the trained C-SSRS head ({@link org.attune.ml.safety.SafetyModel}), the structured
 * signals it is not trained for, and the {@link org.attune.ml.safety.SafetyAnalyzer} that combines them per author.
 */
package org.attune.ml.safety;
