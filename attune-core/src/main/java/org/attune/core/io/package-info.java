/**
 * The edge: reading documents and threads from bytes with every validation in one place
 * ({@link org.attune.core.io.ThreadReader}, {@link org.attune.core.io.InputLimits}), and the JSON form of results.
 */
package org.attune.core.io;
