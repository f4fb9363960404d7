/** The standard pipeline: every analyzer Attune runs by default, in order. */
package org.attune.ml.engine;
