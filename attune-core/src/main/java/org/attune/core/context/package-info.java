/**
 * Document context: the shapes of what the context analysis says of each author's text as a whole (stress, and the
 * cause of distress in CAMS' six classes). The trained analysis lives in attune-ml.
 */
package org.attune.core.context;
